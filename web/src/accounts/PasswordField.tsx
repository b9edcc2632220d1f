import { LabelledField } from '../app/LabelledField.tsx';

type Props = {
  label: string;
  value: string;
  onChange: (password: string) => void;
  /** 'current-password' to sign in; 'new-password' where one is chosen, so a password manager offers a new one. */
  autoComplete: 'current-password' | 'new-password';
  name?: string;
};

/** A required password, typed left to right whatever the page's direction. */
export function PasswordField({ label, value, onChange, autoComplete, name }: Props) {
  return (
    <LabelledField label={label}>
      <input
        type="password"
        name={name}
        autoComplete={autoComplete}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        dir="ltr"
        required
      />
    </LabelledField>
  );
}
