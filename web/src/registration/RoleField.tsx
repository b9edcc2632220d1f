import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/client.ts';
import type { ParticipantRole } from '../api/types.ts';
import { ChoiceSelect } from '../app/ChoiceSelect.tsx';
import { LabelledField } from '../app/LabelledField.tsx';

type Props<Role extends ParticipantRole> = {
  /** The roles this form offers (the public form has fewer than a delegation office). */
  roles: readonly Role[];
  value: Role;
  onChange: (role: Role) => void;
  problem: ApiProblem | null;
};

/** The role a person is registered in, with the server's messages about it. */
export function RoleField<Role extends ParticipantRole>({ roles, value, onChange, problem }: Props<Role>) {
  const { t } = useTranslation('registration');
  return (
    <LabelledField label={t('field.role')} path="role" problem={problem}>
      <ChoiceSelect
        name="role"
        value={value}
        choices={roles}
        labelOf={(role) => t(`role.${role}`)}
        onChange={onChange}
      />
    </LabelledField>
  );
}
