// Reads a PDF from standard input and prints the text of each page as JSON, as pdf.js sees it.
// (Jest's module sandbox cannot load pdf.js's ES-module worker; a real Node process can.)
import { PDFParse } from 'pdf-parse';

async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  try {
    const { pages } = await parser.getText();
    process.stdout.write(JSON.stringify(pages.map((page) => page.text)));
  } finally {
    await parser.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
