/**
 * The reference files cite one another by repository path and field name ("Aktau is rail-served
 * (ports.json)", "use great_circle_nm only as a lower bound"). A page says what they are instead,
 * in the note's own language (English, as the reference files are written).
 */
const REFERENCE_WORDS: readonly [RegExp, string][] = [
  [/(?:\bseed\/reference\/)?\bcorridor\.json\b/g, 'the corridor reference data'],
  [/(?:\bseed\/reference\/)?\bports\.json\b/g, 'the ports reference data'],
  [/(?:\bseed\/reference\/)?\bprovinces\.json\b/g, 'the provinces reference data'],
  [/(?:\bseed\/[\w/-]+\/)?\b[\w-]+\.json\b/g, 'the reference data'],
  [/\bgreat_circle_nm\b/g, 'the great-circle distance'],
];

/** Web addresses are left as they are: a file name inside one is part of the address. */
export function withReferenceWords(text: string): string {
  return text
    .split(/(https?:\/\/\S+)/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : REFERENCE_WORDS.reduce((words, [pattern, replacement]) => words.replace(pattern, replacement), part),
    )
    .join('');
}
