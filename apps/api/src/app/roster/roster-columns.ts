/** The columns an import understands, and the header spellings people actually use for them. */
export const ROSTER_COLUMNS = {
  nip: ['nip'],
  nik: ['nik', 'no ktp', 'nomor ktp'],
  name: ['nama', 'nama lengkap', 'name', 'full name'],
  email: ['email', 'e-mail', 'surel'],
  phone: ['telepon', 'no hp', 'no. hp', 'hp', 'whatsapp', 'no wa', 'phone', 'nomor telepon'],
  unit: ['opd', 'unit kerja', 'instansi/opd', 'unit', 'satuan kerja'],
  rank: ['pangkat/golongan', 'pangkat', 'golongan', 'gol', 'rank'],
  position: ['jabatan', 'position'],
} as const;

export type RosterColumn = keyof typeof ROSTER_COLUMNS;

const normalize = (header: string) => header.toLowerCase().replace(/\s+/g, ' ').replace(/[()]/g, '').trim();

/** Column index per known field; unknown headers are ignored. */
export function mapColumns(headers: string[]): Partial<Record<RosterColumn, number>> {
  const map: Partial<Record<RosterColumn, number>> = {};
  headers.forEach((header, index) => {
    const h = normalize(header);
    for (const [column, names] of Object.entries(ROSTER_COLUMNS) as [RosterColumn, readonly string[]][]) {
      if (map[column] === undefined && names.includes(h)) map[column] = index;
    }
  });
  return map;
}
