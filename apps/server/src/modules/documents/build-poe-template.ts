import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

const field = (label: string) =>
  new TableRow({
    children: [
      new TableCell({ width: { size: 35, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [new TextRun({ text: label, bold: true })] })] }),
      new TableCell({ width: { size: 65, type: WidthType.PERCENTAGE }, children: [new Paragraph('')] }),
    ],
  });

const section = (title: string, labels: string[]) => [
  new Paragraph({ text: title, heading: HeadingLevel.HEADING_2, spacing: { before: 300, after: 120 } }),
  new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: labels.map(field) }),
];

let cached: Promise<Buffer> | null = null;

/**
 * The proof-of-execution template partners download from the wizard: a Word document with the
 * facts a reviewer checks (who, what, when, the work done) and the customer's signature block.
 */
export function buildPoeTemplate(): Promise<Buffer> {
  cached ??= Packer.toBuffer(
    new Document({
      creator: 'Associa',
      title: 'Proof of execution',
      description: 'Proof of execution template for customer association claims (CPOR)',
      sections: [
        {
          children: [
            new Paragraph({ text: 'Proof of execution', heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
            new Paragraph({
              children: [
                new TextRun('Statement of work delivered by the partner to the customer, for a customer association claim under the Claiming Partner of Record (CPOR) model. Fill in every field; the customer signs at the end.'),
              ],
              spacing: { after: 200 },
            }),
            ...section('Partner', ['Partner organisation', 'Partner location (MPN ID)', 'Partner contact (name, e-mail)']),
            ...section('Customer', ['Customer name', 'Customer domain', 'Tenant ID', 'Customer contact (name, title, e-mail)']),
            ...section('Engagement', ['Solution area', 'Activity (usage, pre-sales, revenue)', 'Products or workloads', 'Subscription IDs (Business Applications)', 'Start date', 'End date']),
            new Paragraph({ text: 'Description of the work performed', heading: HeadingLevel.HEADING_2, spacing: { before: 300, after: 120 } }),
            new Paragraph({ text: '', border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } }, spacing: { after: 1200 } }),
            ...section('Customer acceptance', ['Name', 'Title', 'Date', 'Signature']),
          ],
        },
      ],
    }),
  );
  return cached;
}
