import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { blocksFromLines, type Block } from './document.js';

// PDF text layer, page by page, so every chunk keeps the page it starts on.

export async function pdfBlocks(data: Uint8Array): Promise<{ title?: string; blocks: Block[]; pages: number }> {
  const pdf = await getDocumentProxy(data, { verbosity: 0 });
  const { totalPages, text } = await extractText(pdf, { mergePages: false });
  let title: string | undefined;
  try {
    const meta = await getMeta(pdf);
    const t = (meta.info as { Title?: unknown } | undefined)?.Title;
    title = typeof t === 'string' && t.trim() ? t.trim() : undefined;
  } catch {
    // Metadata is optional; the title then comes from the first heading or the file name.
  }
  const blocks = text.flatMap((pageText, i) => blocksFromLines(pageText.split(/\r?\n/), i + 1));
  return { title, blocks, pages: totalPages };
}
