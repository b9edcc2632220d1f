/**
 * A source as the team wrote it: often a web address, sometimes followed by a remark
 * ("https://… (Iran section 88 km)"), sometimes a document ("corridor.json, sea edges").
 * The address becomes a link; the remark stays text beside it.
 */
export type SourceParts = { address: string | null; host: string | null; remark: string };

export function splitSource(source: string): SourceParts {
  const match = /^(https?:\/\/\S+?)[;,.]*(?:\s+|$)/i.exec(source.trim());
  if (!match?.[1]) return { address: null, host: null, remark: source.trim() };
  try {
    const url = new URL(match[1]);
    return {
      address: url.href,
      host: url.hostname.replace(/^www\./, ''),
      remark: source.trim().slice(match[0].length),
    };
  } catch {
    return { address: null, host: null, remark: source.trim() };
  }
}
