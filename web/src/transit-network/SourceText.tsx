import { splitSource } from './source-address.ts';
import { withReferenceWords } from '../app/reference-words.ts';

/** A source as a link named by its site (the full address on hover), with the team's remark after it. */
export function SourceText({ source }: { source: string }) {
  const { address, host, remark } = splitSource(source);
  return (
    <span className="source-text" dir="auto">
      {address && (
        <a href={address} target="_blank" rel="noreferrer" title={address} dir="ltr">
          {host}
        </a>
      )}
      {address && remark && ' '}
      {withReferenceWords(remark)}
    </span>
  );
}
