import type { QuestionRequest } from '@bimtek/contracts';

/**
 * A bank question as an author would type it, plus what the demo's participants answer when they
 * get it wrong: a plausible wrong short answer, or essay answers from the strongest to the weakest.
 */
export interface DemoQuestion extends QuestionRequest {
  wrongText?: string;
  essayAnswers?: string[];
}

/** Question banks of the Padang Bimtek, per module in the programme's order. */
export const DEMO_QUESTION_BANKS: DemoQuestion[][] = [
  [
    {
      kind: 'single',
      prompt: 'Dalam rumus 5W+1H, unsur "Why" menjawab pertanyaan …',
      options: ['Bagaimana proses peristiwa berlangsung', 'Mengapa peristiwa itu terjadi atau dilakukan', 'Siapa yang terlibat dalam peristiwa', 'Kapan peristiwa itu terjadi'],
      correctIndexes: [1],
      explanation: '"Why" = mengapa: alasan atau latar belakang peristiwa. "Who" = siapa, "When" = kapan, "How" = bagaimana.',
    },
    {
      kind: 'single',
      prompt: 'Dalam struktur piramida terbalik, informasi yang paling penting ditempatkan di …',
      options: ['Paragraf terakhir', 'Bagian tengah tubuh berita', 'Keterangan foto saja', 'Paragraf pertama (teras berita)'],
      correctIndexes: [3],
      explanation: 'Pembaca dan editor sering hanya membaca paragraf pertama, jadi inti berita ada di teras.',
    },
    {
      kind: 'single',
      prompt: 'Nama dan nomor kontak humas dalam siaran pers sebaiknya dicantumkan di …',
      options: ['Kalimat pertama teras berita', 'Tidak perlu dicantumkan', 'Bagian akhir, setelah tanda ###', 'Judul siaran pers'],
      correctIndexes: [2],
      explanation: 'Kontak humas ditulis di bagian penutup agar wartawan mudah meminta konfirmasi.',
    },
    {
      kind: 'multiple',
      prompt: 'Manakah yang termasuk nilai berita (news value)? Pilih semua yang benar.',
      options: ['Aktualitas', 'Kedekatan dengan pembaca (proximity)', 'Dampak bagi banyak orang (magnitude)', 'Panjang tulisan'],
      correctIndexes: [0, 1, 2],
      explanation: 'Aktualitas, kedekatan, dan dampak adalah nilai berita. Panjang tulisan tidak menentukan layak tidaknya berita.',
    },
    {
      kind: 'trueFalse',
      prompt: 'Kutipan langsung narasumber boleh diubah isinya asalkan maksudnya menjadi lebih kuat.',
      correct: false,
      explanation: 'Kutipan langsung harus sesuai dengan yang diucapkan. Jika perlu diringkas, gunakan kutipan tidak langsung tanpa mengubah maksud.',
    },
    {
      kind: 'shortAnswer',
      prompt: 'Paragraf pertama berita yang memuat inti informasi disebut …',
      accepted: ['teras berita', 'teras', 'lead', 'lede'],
      wrongText: 'judul',
      explanation: 'Paragraf pertama disebut teras berita (lead).',
    },
    {
      kind: 'essay',
      prompt:
        'Tuliskan teras berita (maksimal 40 kata) untuk kegiatan berikut: Dinas Kesehatan Kota Padang membuka layanan posyandu lansia keliling di Kecamatan Kuranji mulai Senin depan, gratis, setiap hari Senin dan Kamis pukul 08.00–12.00 WIB.',
      points: 4,
      explanation: 'Teras yang baik menjawab apa, siapa, kapan, di mana, dan manfaatnya bagi warga dalam satu atau dua kalimat.',
      essayAnswers: [
        'Padang – Dinas Kesehatan Kota Padang membuka posyandu lansia keliling di Kecamatan Kuranji mulai Senin (25/11). Layanan gratis ini hadir setiap Senin dan Kamis pukul 08.00–12.00 WIB agar lansia tidak perlu jauh ke puskesmas.',
        'Dinas Kesehatan membuka posyandu lansia keliling di Kuranji. Layanan ini gratis dan ada setiap Senin dan Kamis.',
        'Posyandu lansia keliling sangat bermanfaat bagi masyarakat dan diharapkan dapat meningkatkan kesehatan.',
      ],
    },
  ],
  [
    {
      kind: 'single',
      prompt: 'Menurut aturan sepertiga, objek utama sebaiknya diletakkan …',
      options: ['Menempel di tepi bingkai', 'Di mana saja asalkan fokus', 'Di salah satu titik potong garis bantu', 'Tepat di tengah bingkai'],
      correctIndexes: [2],
      explanation: 'Titik potong garis kisi 3×3 adalah titik yang paling menarik perhatian mata.',
    },
    {
      kind: 'single',
      prompt: 'Saat pimpinan memberi sambutan di ruang rapat, cara memotret yang paling tepat adalah …',
      options: [
        'Memotret tanpa lampu kilat dari samping depan tanpa menghalangi hadirin',
        'Maju ke depan podium dan memakai lampu kilat',
        'Meminta pimpinan berhenti sejenak untuk berpose',
        'Memotret dari belakang pimpinan',
      ],
      correctIndexes: [0],
      explanation: 'Fotografer kegiatan resmi tidak mengganggu jalannya acara; lampu kilat dimatikan saat sambutan.',
    },
    {
      kind: 'single',
      prompt: 'Jenis bidikan yang memperlihatkan suasana keseluruhan acara disebut …',
      options: ['Swafoto', 'Bidikan lebar (wide shot)', 'Bidikan dekat (close-up)', 'Bidikan detail'],
      correctIndexes: [1],
      explanation: 'Bidikan lebar menunjukkan ruangan, spanduk, dan peserta sekaligus.',
    },
    {
      kind: 'multiple',
      prompt: 'Apa saja yang membantu agar foto dari kamera ponsel tajam? Pilih semua yang benar.',
      options: ['Mengetuk layar untuk mengunci fokus pada objek', 'Memegang ponsel dengan dua tangan', 'Memakai zoom digital sampai maksimal', 'Membersihkan lensa sebelum memotret'],
      correctIndexes: [0, 1, 3],
      explanation: 'Zoom digital hanya memperbesar piksel sehingga foto pecah; lebih baik mendekat ke objek.',
    },
    {
      kind: 'trueFalse',
      prompt: 'Memotret orang yang membelakangi sumber cahaya (backlight) tanpa penyesuaian membuat wajahnya cenderung gelap.',
      correct: true,
      explanation: 'Kamera menyesuaikan diri dengan latar yang terang sehingga wajah menjadi gelap. Pindah posisi atau atur eksposur.',
    },
    {
      kind: 'trueFalse',
      prompt: 'Foto anak-anak dalam kegiatan sekolah boleh diunggah ke akun resmi tanpa izin orang tua atau sekolah, karena kegiatannya kegiatan pemerintah.',
      correct: false,
      explanation: 'Data anak adalah data pribadi yang bersifat spesifik; mintalah izin dan hindari wajah anak dari dekat.',
    },
    {
      kind: 'shortAnswer',
      prompt: 'Teks singkat di bawah foto yang menjelaskan isi foto disebut keterangan foto atau …',
      accepted: ['takarir', 'caption', 'kapsyen'],
      wrongText: 'judul foto',
      explanation: 'Keterangan foto disebut juga takarir (caption).',
    },
  ],
  [
    {
      kind: 'single',
      prompt: 'Kalender konten terutama berguna untuk …',
      options: [
        'Menghapus komentar negatif secara otomatis',
        'Menambah pengikut secara instan',
        'Merencanakan topik, format, dan jadwal unggahan secara teratur',
        'Menggantikan persetujuan pimpinan',
      ],
      correctIndexes: [2],
      explanation: 'Kalender konten membuat unggahan teratur dan seimbang, serta dapat disetujui lebih awal.',
    },
    {
      kind: 'single',
      prompt: 'Sebuah unggahan menjangkau 2.000 akun dan mendapat 120 suka, 20 komentar, 10 bagikan, dan 10 simpan. Berapa tingkat interaksinya terhadap jangkauan?',
      options: ['16%', '8%', '6%', '7,5%'],
      correctIndexes: [1],
      explanation: '(120 + 20 + 10 + 10) ÷ 2.000 × 100% = 160 ÷ 2.000 × 100% = 8%.',
    },
    {
      kind: 'single',
      prompt: 'Seorang warga mengeluhkan jalan rusak di kolom komentar akun OPD. Tanggapan yang paling tepat adalah …',
      options: [
        'Berterima kasih, meminta maaf, dan mengarahkan ke kanal pengaduan resmi seperti SP4N-LAPOR!',
        'Menghapus komentar agar tidak dilihat warga lain',
        'Membalas bahwa itu bukan urusan OPD kami',
        'Mengabaikan komentar sampai warga lupa',
      ],
      correctIndexes: [0],
      explanation: 'Keluhan dijawab dengan sopan dan diarahkan ke kanal yang dapat menindaklanjutinya.',
    },
    {
      kind: 'multiple',
      prompt: 'Manakah yang termasuk metrik dalam statistik akun media sosial? Pilih semua yang benar.',
      options: ['Impresi', 'Tingkat interaksi (engagement rate)', 'Jumlah pegawai OPD', 'Jangkauan (reach)'],
      correctIndexes: [0, 1, 3],
      explanation: 'Jangkauan, impresi, dan tingkat interaksi diukur oleh platform; jumlah pegawai bukan metrik akun.',
    },
    {
      kind: 'trueFalse',
      prompt: 'Jumlah impresi sebuah unggahan selalu lebih kecil atau sama dengan jangkauannya.',
      correct: false,
      explanation: 'Satu akun dapat melihat unggahan lebih dari sekali, jadi impresi sama atau lebih besar dari jangkauan.',
    },
    {
      kind: 'shortAnswer',
      prompt: 'Tema-tema utama yang menjadi dasar penyusunan kalender konten disebut …',
      accepted: ['pilar konten', 'content pillar', 'content pillars'],
      wrongText: 'tagar',
      explanation: 'Pilar konten adalah 3–5 tema utama akun, misalnya informasi layanan, kegiatan, edukasi, dan interaksi.',
    },
    {
      kind: 'essay',
      prompt: 'Sebutkan tiga pilar konten untuk akun media sosial OPD Anda dan berikan satu contoh unggahan untuk masing-masing.',
      points: 4,
      explanation: 'Pilar yang baik sesuai tugas OPD dan kebutuhan warga; contoh unggahan menyebut topik dan formatnya.',
      essayAnswers: [
        'Untuk Dinas Pendidikan: (1) Informasi layanan – carousel jadwal dan syarat PPDB; (2) Prestasi sekolah – foto siswa juara olimpiade sains dengan keterangan lengkap; (3) Edukasi orang tua – reels 30 detik tips mendampingi anak belajar di rumah.',
        'Pilar informasi, kegiatan, dan hiburan. Contohnya pengumuman libur sekolah, foto rapat kepala dinas, dan kuis.',
        'Konten kegiatan kantor, konten ucapan hari besar, dan konten lainnya.',
      ],
    },
  ],
  [
    {
      kind: 'single',
      prompt: 'Undang-undang yang mengatur pelindungan data pribadi di Indonesia adalah …',
      options: ['UU Nomor 14 Tahun 2008', 'UU Nomor 40 Tahun 1999', 'UU Nomor 27 Tahun 2022', 'UU Nomor 11 Tahun 2008'],
      correctIndexes: [2],
      explanation: 'UU 27/2022 tentang Pelindungan Data Pribadi. UU 11/2008 adalah UU ITE, UU 14/2008 tentang Keterbukaan Informasi Publik, UU 40/1999 tentang Pers.',
    },
    {
      kind: 'single',
      prompt: 'Jika terjadi kegagalan pelindungan data pribadi, pemberitahuan tertulis kepada pemilik data wajib disampaikan paling lambat …',
      options: ['3 × 24 jam', '7 × 24 jam', '14 hari kerja', '30 hari'],
      correctIndexes: [0],
      explanation: 'UU PDP mewajibkan pemberitahuan tertulis paling lambat 3 × 24 jam.',
    },
    {
      kind: 'single',
      prompt: 'Sebelum mengunggah foto warga penerima bantuan yang wajahnya terlihat jelas, admin sebaiknya …',
      options: [
        'Langsung mengunggah karena sudah menjadi dokumentasi negara',
        'Menandai akun pribadi warga tersebut tanpa izin',
        'Menuliskan alamat lengkapnya agar transparan',
        'Meminta persetujuan yang bersangkutan dan tidak menampilkan NIK atau alamatnya',
      ],
      correctIndexes: [3],
      explanation: 'Wajah dan data yang mengenali seseorang adalah data pribadi; pemrosesannya perlu dasar yang sah seperti persetujuan.',
    },
    {
      kind: 'multiple',
      prompt: 'Menurut UU PDP, manakah yang termasuk data pribadi yang bersifat spesifik? Pilih semua yang benar.',
      options: ['Data anak', 'Nama lengkap', 'Data dan informasi kesehatan', 'Data biometrik'],
      correctIndexes: [0, 2, 3],
      explanation: 'Nama lengkap termasuk data pribadi yang bersifat umum.',
    },
    {
      kind: 'trueFalse',
      prompt: 'Mengunggah foto daftar hadir yang memuat NIK, nomor HP, dan tanda tangan peserta ke akun resmi aman dilakukan karena kegiatannya kegiatan pemerintah.',
      correct: false,
      explanation: 'Daftar hadir memuat data pribadi; cukup unggah foto suasana kegiatan.',
    },
    {
      kind: 'trueFalse',
      prompt: 'Menyebarkan berita bohong dan menyesatkan yang merugikan konsumen dalam transaksi elektronik termasuk perbuatan yang dilarang UU ITE.',
      correct: true,
      explanation: 'Larangan ini ada dalam Pasal 28 ayat (1) UU ITE.',
    },
    {
      kind: 'shortAnswer',
      prompt: 'UU Nomor 11 Tahun 2008 beserta perubahannya dikenal dengan singkatan UU …',
      accepted: ['ITE', 'UU ITE'],
      wrongText: 'PDP',
      explanation: 'UU Informasi dan Transaksi Elektronik (UU ITE).',
    },
    {
      kind: 'essay',
      prompt: 'Seorang warga meminta admin mengunggah foto KTP tetangganya yang diduga menerima bantuan ganda. Jelaskan sikap Anda sebagai admin akun resmi dan alasannya.',
      points: 4,
      explanation: 'Menolak mengunggah data pribadi, mengarahkan laporan ke kanal pengaduan dan dinas terkait, serta menyebut dasar UU PDP.',
      essayAnswers: [
        'Saya menolak mengunggah foto KTP itu karena NIK dan alamat adalah data pribadi yang dilindungi UU PDP, dan menuduh tanpa bukti bisa merugikan orang. Saya berterima kasih kepada pelapor dan mengarahkannya melapor melalui SP4N-LAPOR! atau ke Dinas Sosial agar diverifikasi.',
        'Tidak boleh diunggah karena ada data pribadi. Sebaiknya warga melapor ke dinas sosial.',
        'Sebaiknya ditanyakan dulu ke pimpinan apakah boleh diunggah.',
      ],
    },
  ],
];
