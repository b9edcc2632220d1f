import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/client.ts';
import type { TaxonomyNode } from '../api/types.ts';
import { FieldErrors } from '../app/FieldErrors.tsx';
import { LocalText } from '../i18n/LocalText.tsx';
import { subcategoriesOf, type References } from './use-references.ts';

type Props = {
  chosen: string[];
  references: References;
  problem: ApiProblem | null;
  onChange: (codes: string[]) => void;
};

/**
 * Subcategories under their sectors; a sector without any is chosen itself. Retired nodes take no
 * new items, so they are offered only when the item already carries them (the server keeps those).
 */
export function TaxonomyChoice({ chosen, references, problem, onChange }: Props) {
  const { t } = useTranslation('catalogue');
  const toggle = (code: string, on: boolean) =>
    onChange(on ? [...chosen, code] : chosen.filter((other) => other !== code));
  const optionsOf = (sector: TaxonomyNode) => {
    const active = subcategoriesOf(references, sector.code).filter((node) => !node.retired);
    const offered = active.length > 0 || sector.retired ? active : [sector];
    const kept = [sector, ...subcategoriesOf(references, sector.code)].filter(
      (node) => chosen.includes(node.code) && !offered.includes(node),
    );
    return [...kept, ...offered];
  };
  return (
    <fieldset className="form-group" data-testid="taxonomy-choice">
      <legend>{t('form.taxonomy')}</legend>
      <p className="hint">{t('form.taxonomyHint')}</p>
      <FieldErrors problem={problem} path="taxonomyCodes" />
      <div className="taxonomy-choice">
        {references.sectors.map((sector) => {
          const options = optionsOf(sector);
          if (options.length === 0) return null;
          return (
            <fieldset key={sector.code} className="sector-group">
              <legend>
                <LocalText value={sector.labels} />
              </legend>
              {options.map((node) => (
                <label key={node.code} className="check">
                  <input
                    type="checkbox"
                    value={node.code}
                    checked={chosen.includes(node.code)}
                    onChange={(event) => toggle(node.code, event.target.checked)}
                  />
                  <LocalText value={node.labels} />
                  {node.retired && <span className="badge">{t('form.retired')}</span>}
                </label>
              ))}
            </fieldset>
          );
        })}
      </div>
    </fieldset>
  );
}
