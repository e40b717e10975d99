// Reads a PDF from standard input and prints, as JSON, the text of each page and the document's
// info as pdf.js sees them. (Jest's module sandbox cannot load pdf.js's ES-module worker; a Node process can.)
import { PDFParse } from 'pdf-parse';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
try {
  const { pages } = await parser.getText();
  const { info } = await parser.getInfo();
  process.stdout.write(JSON.stringify({ pages: pages.map((page) => page.text), info }));
} finally {
  await parser.destroy();
}
