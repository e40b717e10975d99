import type { CertificateSnapshot } from '@bimtek/contracts';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { jobFor, logoPng, padangTemplate, signaturePng, VERIFY_URL } from '../test/fixtures';
import { decodeQr, drawnQrMatrix } from '../test/qr-from-pdf';
import { flat, readPdf } from '../test/read-pdf';
import { renderCertificate } from './render-certificate';

const TRAINING: Partial<CertificateSnapshot> = {
  number: '800/123/BKPSDM/2026',
  issuedOn: '2026-07-25',
};

function snapshotWith(changes: Partial<CertificateSnapshot> = {}): Partial<CertificateSnapshot> {
  const base = jobFor(padangTemplate()).snapshot;
  return { ...TRAINING, training: { ...base.training, startDate: '2026-07-20', endDate: '2026-07-24', batchNumber: 2 }, ...changes };
}

describe(renderCertificate.name, () => {
  it('prints the certificate: number, identity, the body with its placeholders filled, place and date, signer; the modules on page 2', async () => {
    const template = padangTemplate();
    template.signers = [{ name: 'Dr. Hendra Gunawan, S.Sos., M.Si.', title: 'Kepala BKPSDM Kota Padang', nip: '197203151998031004', signatureImageId: null }];
    const job = jobFor(template, snapshotWith());
    const { pages, info } = await readPdf(renderCertificate(job));

    expect(pages).toHaveLength(2);
    expect(info['Title']).toBe('Sertifikat 800/123/BKPSDM/2026');
    const [certificate, modules] = pages.map(flat);
    expect(certificate).toContain('PEMERINTAH KOTA PADANG');
    expect(certificate).toContain('SERTIFIKAT');
    expect(certificate).toContain('Nomor: 800/123/BKPSDM/2026');
    expect(certificate).toContain('diberikan kepada');
    expect(certificate).toContain('Nama : Dra. Siti Rahmawati, M.Si.');
    expect(certificate).toContain('NIP : 198504122010012003');
    expect(certificate).toContain('Pangkat/Golongan : Penata Muda Tingkat I (III/b)');
    expect(certificate).toContain('Jabatan : Analis Sumber Daya Manusia Aparatur Ahli Pertama');
    expect(certificate).toContain('Instansi : Dinas Komunikasi dan Informatika, Pemerintah Kota Padang');
    expect(certificate).toContain(
      'telah mengikuti Pelatihan Analisis Jabatan dan Analisis Beban Kerja Angkatan II yang diselenggarakan oleh BKPSDM Kota Padang pada tanggal 20–24 Juli 2026 di Aula BKPSDM Kota Padang dengan jumlah 40 Jam Pelajaran (JP) dan dinyatakan LULUS dengan predikat Sangat Memuaskan.',
    );
    expect(certificate).toContain('Padang, 25 Juli 2026');
    expect(certificate).toContain('Kepala BKPSDM Kota Padang');
    expect(certificate).toContain('Dr. Hendra Gunawan, S.Sos., M.Si.');
    expect(certificate).toContain('NIP. 197203151998031004');
    expect(certificate).toContain('Pindai untuk memeriksa keaslian');

    expect(modules).toContain('DAFTAR MATA PELATIHAN');
    expect(modules).toContain('Lampiran sertifikat nomor 800/123/BKPSDM/2026 atas nama Dra. Siti Rahmawati, M.Si.');
    expect(modules).toContain('No Mata pelatihan JP');
    for (const [i, module] of job.snapshot.modules.entries()) expect(modules).toContain(`${i + 1} ${module.title} ${module.jp}`);
    expect(modules).toContain('Jumlah 40');
  });

  it('labels a non-civil servant by NIK and leaves out the rows they have no value for', async () => {
    const base = jobFor(padangTemplate()).snapshot.participant;
    const participant = { ...base, name: 'Yohana Christina Siregar', idLabel: 'NIK' as const, idNumber: '1371024507900002', rank: null, position: null };
    const [certificate] = (await readPdf(renderCertificate(jobFor(padangTemplate(), snapshotWith({ participant }))))).pages.map(flat);
    expect(certificate).toContain('NIK : 1371024507900002');
    expect(certificate).not.toContain('NIP :');
    expect(certificate).not.toContain('Pangkat/Golongan');
    expect(certificate).not.toContain('Jabatan :');
    expect(certificate).toContain('Instansi :');
  });

  it('gives those who did not pass the certificate of attendance, with its own title and body', async () => {
    const job = jobFor(padangTemplate(), snapshotWith({ kind: 'attendance', result: { predicate: null, finalScore: null } }));
    const [certificate] = (await readPdf(renderCertificate(job))).pages.map(flat);
    expect(certificate).toContain('SURAT KETERANGAN');
    expect(certificate).toContain('dengan jumlah 40 Jam Pelajaran (JP).');
    expect(certificate).not.toContain('LULUS');
    expect(certificate).not.toContain('SERTIFIKAT');
  });

  it('has one page without the modules page', async () => {
    const template = { ...padangTemplate(), modulesPage: false };
    const { pages } = await readPdf(renderCertificate(jobFor(template, snapshotWith())));
    expect(pages).toHaveLength(1);
    expect(flat(pages[0])).not.toContain('DAFTAR MATA PELATIHAN');
  });

  it.each(['landscape', 'portrait'] as const)('keeps a 200-character name, a long body, three signers and forty modules on two %s pages', async (orientation) => {
    const name = 'Prof. Dr. Ir. Raden Mas Bambang Hadikusumo Wiryawan Suryaningrat Kusumadiningrat Purbonegoro Setyobudi Wicaksono Cahyaningrat Mangkubumi Notonegoro Sastrowardoyo Adiningrat Putra, S.T., M.T., M.Sc., Ph.D.';
    expect(name).toHaveLength(204);
    const template = padangTemplate();
    template.orientation = orientation;
    template.body = `${template.body} ${'Peserta telah menyelesaikan seluruh rangkaian kegiatan, tugas mandiri, studi lapangan dan ujian akhir dengan baik. '.repeat(6)}`;
    template.signers = [1, 2, 3].map((i) => ({ name: `Dr. Pejabat Penandatangan Nomor ${i}, S.H., M.H.`, title: `Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia ${i}`, nip: '197203151998031004', signatureImageId: null }));
    const modules = Array.from({ length: 40 }, (_, i) => ({ title: `Mata pelatihan ke-${i + 1} tentang penyusunan dokumen perencanaan dan penganggaran daerah`, jp: 2 }));
    const base = jobFor(template).snapshot;
    const job = jobFor(template, snapshotWith({ participant: { ...base.participant, name }, modules }));

    const { pages } = await readPdf(renderCertificate(job));
    expect(pages).toHaveLength(2);
    const [certificate, modulesPage] = pages.map(flat);
    expect(certificate).toContain(name);
    expect(certificate).toContain('telah mengikuti Pelatihan Analisis Jabatan');
    for (const i of [1, 2, 3]) expect(certificate).toContain(`Dr. Pejabat Penandatangan Nomor ${i}, S.H., M.H.`);
    expect(modulesPage).toContain('40 Mata pelatihan ke-40');
    expect(modulesPage).toContain('Jumlah 80');
  });

  it('draws a QR code that a phone reads as the verification URL', () => {
    const matrix = drawnQrMatrix(renderCertificate(jobFor(padangTemplate(), snapshotWith())));
    const { modules } = QRCode.create(VERIFY_URL, { errorCorrectionLevel: 'M' });
    expect(matrix).toHaveLength(modules.size);
    expect(matrix.flat().filter(Boolean)).toHaveLength(modules.data.filter((dark) => dark === 1).length);
    expect(decodeQr(matrix)).toBe(VERIFY_URL);
  });

  it('stays under 40 KB with a logo and a signature with transparency, embedded once each', async () => {
    const template = padangTemplate();
    const pdf = renderCertificate(jobFor(template, snapshotWith(), { logo: await logoPng(), signatures: [await signaturePng()] }));
    expect(pdf.length).toBeLessThan(40_000);
    const raw = pdf.toString('latin1');
    expect(raw.match(/\/Subtype \/Image/g)).toHaveLength(4);
    expect(raw.match(/\/SMask/g)).toHaveLength(2);
  });

  it('embeds a JPEG signature as it is and a background on the whole page', async () => {
    const signature = await sharp(await signaturePng()).flatten({ background: '#ffffff' }).jpeg().toBuffer();
    const background = await sharp({ create: { width: 300, height: 212, channels: 3, background: '#f4efe1' } }).png().toBuffer();
    const pdf = renderCertificate(jobFor(padangTemplate(), snapshotWith(), { background, signatures: [signature] }));
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/DCTDecode');
    expect(raw).toMatch(/\/Background \d+ 0 R/);
    expect((await readPdf(pdf)).pages).toHaveLength(2);
  });

  it('prints the same certificate when nothing is prepared ahead (reuse: false)', async () => {
    const job = jobFor(padangTemplate(), snapshotWith());
    const [prepared, naive] = await Promise.all([readPdf(renderCertificate(job)), readPdf(renderCertificate(job, { reuse: false }))]);
    expect(naive.pages).toEqual(prepared.pages);
  });
});
