/**
 * UTF-8 text from a stream of bytes, as it arrives: `onBytes` sees each chunk's size first (to
 * refuse an oversized body), and bytes that are not UTF-8 end the stream with `invalid()`'s error.
 */
export async function* decodeUtf8(chunks: AsyncIterable<Buffer | string>, { onBytes = () => undefined, invalid }: { onBytes?: (n: number) => void; invalid: () => Error }): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const piece of chunks) {
      const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
      onBytes(chunk.length);
      const text = decoder.decode(chunk, { stream: true });
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch (err) {
    if (err instanceof TypeError) throw invalid();
    throw err;
  }
}

/** The lines of a text stream with their 1-based numbers (for NDJSON files). */
export async function* numberedLines(text: AsyncIterable<string>): AsyncGenerator<[number, string]> {
  let rest = '';
  let n = 0;
  for await (const piece of text) {
    const parts = (rest + piece).split('\n');
    rest = parts.pop()!;
    for (const p of parts) yield [++n, p];
  }
  if (rest) yield [++n, rest];
}
