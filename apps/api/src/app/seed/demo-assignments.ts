import type { AssignmentFileKind } from '@bimtek/contracts';
import type { RubricDraft } from '@bimtek/domain';

/** The four levels every demo criterion is graded on, from the weakest to the strongest. */
export const DEMO_RUBRIC_LEVELS = [
  { title: 'Kurang', points: 1 },
  { title: 'Cukup', points: 2 },
  { title: 'Baik', points: 3 },
  { title: 'Sangat baik', points: 4 },
] as const;

export interface DemoAssignment {
  /** Index of the module in the programme's order. */
  module: number;
  /** The training day (1-based) at whose end it is due. */
  dueDay: number;
  title: string;
  instructions: string;
  fileKind: AssignmentFileKind;
  minFiles: number;
  maxFiles: number;
  textRequired: boolean;
  rubric: RubricDraft[];
  /** What the finished angkatan handed in: texts to pick from per person, and photo captions. */
  sampleTexts: string[];
  sampleCaptions?: string[][];
  /** Trainer comments, from the weakest work to the strongest. */
  comments: string[];
  /** The weakest participant of the finished angkatan handed it in after the due date. */
  handedInLate?: boolean;
}

const criterion = (title: string, description: string): RubricDraft => ({
  title,
  description,
  levels: DEMO_RUBRIC_LEVELS.map((level) => ({ title: level.title, points: level.points })),
});

export const DEMO_ASSIGNMENTS: DemoAssignment[] = [
  {
    module: 0,
    dueDay: 3,
    title: 'Menulis siaran pers kegiatan OPD',
    instructions: `Tulislah **siaran pers** tentang satu kegiatan OPD Anda bulan ini (rapat, peluncuran layanan, kunjungan lapangan).

- Panjang 250–400 kata, mengikuti piramida terbalik.
- Teras berita menjawab 5W+1H.
- Sertakan minimal satu kutipan pejabat dengan nama dan jabatan lengkap.
- Akhiri dengan tanda \`###\` serta nama dan nomor kontak humas.

Tulis langsung di kolom teks. Jika sudah ada versi berkop, lampirkan juga berkas PDF atau DOCX (opsional).`,
    fileKind: 'documents',
    minFiles: 0,
    maxFiles: 1,
    textRequired: true,
    rubric: [
      criterion('Kelengkapan 5W+1H', 'Teras dan tubuh berita menjawab apa, siapa, kapan, di mana, mengapa, dan bagaimana.'),
      criterion('Struktur piramida terbalik', 'Informasi terpenting di awal, rincian dan latar di belakang.'),
      criterion('Kutipan dan akurasi', 'Kutipan jelas sumbernya; nama, jabatan, angka, dan tanggal tepat.'),
      criterion('Bahasa dan ejaan', 'Kalimat efektif, ejaan sesuai EYD, tanpa singkatan yang asing bagi warga.'),
    ],
    sampleTexts: [
      `SIARAN PERS
Padang, 19 November 2024 – Dinas Kesehatan Kota Padang meluncurkan layanan posyandu lansia keliling di Kecamatan Kuranji, Selasa (19/11). Layanan gratis ini hadir setiap Senin dan Kamis pukul 08.00–12.00 WIB di enam kelurahan, sehingga lansia tidak perlu lagi menempuh perjalanan jauh ke puskesmas.

"Banyak lansia di Kuranji tinggal jauh dari puskesmas dan tidak punya pendamping. Dengan posyandu keliling, kami yang datang ke mereka," kata Kepala Dinas Kesehatan Kota Padang saat peluncuran di Kantor Camat Kuranji.

Pada bulan pertama, petugas menargetkan 600 lansia mendapat pemeriksaan tekanan darah, gula darah, dan konsultasi gizi. Jadwal lengkap diumumkan melalui akun Instagram Dinas Kesehatan dan grup WhatsApp kelurahan.

###
Kontak humas: Subbagian Umum Dinas Kesehatan Kota Padang, 0751-000000`,
      `Padang – Dinas Pendidikan Kota Padang menggelar lomba literasi tingkat SD se-Kota Padang pada Rabu (20/11) di Aula Dinas Pendidikan. Lomba diikuti 120 siswa dari 11 kecamatan.

Kepala Dinas Pendidikan mengatakan lomba ini untuk menumbuhkan minat baca siswa. "Kami ingin anak-anak Padang gemar membaca," ujarnya.

Pemenang akan mewakili Kota Padang di tingkat provinsi tahun depan.

Kontak: Humas Dinas Pendidikan`,
      `Kegiatan rapat koordinasi dilaksanakan di ruang rapat kantor. Rapat dihadiri oleh seluruh pegawai dan membahas program kerja. Rapat berjalan dengan lancar dan sukses. Diharapkan kegiatan ini dapat bermanfaat bagi kita semua.`,
    ],
    comments: [
      'Tulisan masih berupa laporan kegiatan. Mulailah dari hal terpenting bagi warga dan lengkapi 5W+1H.',
      'Strukturnya sudah benar. Lengkapi jabatan narasumber dan kontak humas.',
      'Siaran pers rapi dan siap dikirim ke media. Teras berita kuat.',
    ],
  },
  {
    module: 1,
    dueDay: 4,
    title: 'Tiga foto kegiatan OPD dengan keterangan',
    instructions: `Unggah **tiga foto** dari satu kegiatan OPD Anda:

1. bidikan lebar yang memperlihatkan suasana,
2. momen kunci (sambutan, penyerahan, penandatanganan),
3. detail atau interaksi.

Setiap foto diberi keterangan (takarir) yang menjawab 5W+1H. Format JPG atau PNG, ukuran tiap berkas paling besar 10 MB.`,
    fileKind: 'images',
    minFiles: 3,
    maxFiles: 3,
    textRequired: false,
    rubric: [
      criterion('Komposisi', 'Aturan sepertiga, latar bersih, sudut pengambilan yang tepat.'),
      criterion('Ketajaman dan pencahayaan', 'Objek utama tajam, wajah tidak gelap, tidak pecah karena zoom digital.'),
      criterion('Momen dan cerita', 'Ketiga foto bersama-sama menceritakan kegiatan.'),
      criterion('Keterangan foto', 'Menjawab 5W+1H dan menyebut nama dari kiri ke kanan.'),
    ],
    sampleTexts: ['Foto diambil pada apel pagi dan rapat koordinasi di kantor kami pekan ini.', 'Dokumentasi kegiatan kunjungan lapangan.', 'Foto kegiatan.'],
    sampleCaptions: [
      [
        'Suasana apel pagi pegawai di halaman kantor, Senin (25/11/2024).',
        'Kepala dinas (tengah) memberi arahan dalam rapat koordinasi program kerja 2025.',
        'Petugas melayani warga di loket pelayanan terpadu usai rapat.',
      ],
      ['Suasana kegiatan.', 'Sambutan kepala dinas.', 'Peserta kegiatan.'],
    ],
    comments: [
      'Foto kurang tajam dan keterangan belum menjawab 5W+1H.',
      'Komposisi cukup baik; perhatikan latar yang ramai dan lengkapi keterangan.',
      'Tiga foto menceritakan kegiatan dengan baik, keterangannya lengkap.',
    ],
  },
  {
    module: 2,
    dueDay: 5,
    handedInLate: true,
    title: 'Rencana konten satu minggu',
    instructions: `Susun **rencana konten satu minggu** (Senin–Jumat) untuk akun media sosial OPD Anda.

Untuk setiap hari tuliskan: pilar konten, format (foto, carousel, reels, story), topik, rancangan caption singkat, dan jam unggah. Tutup dengan satu ukuran keberhasilan yang akan Anda pantau (misalnya tingkat interaksi).

Tulis di kolom teks; boleh melampirkan tabel (XLSX diekspor ke PDF) atau desain poster (gambar), paling banyak dua berkas.`,
    fileKind: 'any',
    minFiles: 0,
    maxFiles: 2,
    textRequired: true,
    rubric: [
      criterion('Pilar konten seimbang', 'Tiga pilar atau lebih, sesuai tugas OPD dan kebutuhan warga.'),
      criterion('Format dan jadwal', 'Format cocok dengan isi; jam unggah mengikuti waktu aktif pengikut.'),
      criterion('Rancangan caption', 'Pembuka menarik, isi jelas, ada ajakan.'),
      criterion('Ukuran keberhasilan', 'Metrik yang jelas dan cara mengukurnya.'),
    ],
    sampleTexts: [
      `Akun: Instagram Dinas Perhubungan Kota Padang
Senin 08.00 – Informasi layanan – carousel: "Cara uji KIR kendaraan niaga". Caption: "Mau uji KIR tanpa antre lama? Geser untuk lihat syarat dan jadwalnya 👉 Simpan unggahan ini!"
Selasa 12.00 – Edukasi – reels 30 detik: "Tertib parkir di bahu jalan". Caption: "Parkir sembarangan bikin macet semua orang. Yuk parkir di tempatnya!"
Rabu 16.00 – Kegiatan – foto: rapat penataan angkutan kota. Caption: 5W+1H singkat.
Kamis 19.00 – Interaksi – story kuis: "Tebak rute angkot ini!"
Jumat 10.00 – Informasi layanan – poster: jadwal Car Free Day Minggu.
Ukuran keberhasilan: tingkat interaksi rata-rata naik dari 3% menjadi 5% dalam sebulan, dilihat dari statistik akun setiap Jumat.`,
      `Senin: foto kegiatan apel pagi.
Selasa: poster pengumuman jadwal pelayanan.
Rabu: video kegiatan kepala dinas.
Kamis: ucapan hari guru.
Jumat: foto senam bersama.
Target: pengikut bertambah.`,
      `Setiap hari mengunggah foto kegiatan kantor dan ucapan hari besar.`,
    ],
    comments: [
      'Rencana belum per hari dan belum ada pilar konten maupun ukuran keberhasilan.',
      'Jadwal sudah ada; tambahkan rancangan caption dan ukuran keberhasilan yang bisa diukur.',
      'Rencana lengkap dan realistis, ukuran keberhasilannya jelas.',
    ],
  },
];
