/** A lesson of the demo curriculum; every lesson after a module's first waits for the one before. */
export interface DemoLesson {
  title: string;
  body: string;
  videoUrl?: string;
}

/**
 * Lessons of the Padang Bimtek, per module in the programme's order (Jurnalistik, Fotografi,
 * Manajemen Media Sosial, Literasi Hukum). Written as a trainer would hand them out: short, with
 * examples from an OPD's daily work.
 */
export const DEMO_LESSONS: DemoLesson[][] = [
  [
    {
      title: 'Unsur berita 5W+1H',
      body: `## Apa itu berita?

Berita adalah laporan tentang **fakta** atau peristiwa yang penting dan menarik bagi pembaca. Untuk humas OPD, berita kegiatan menjelaskan kepada warga apa yang dikerjakan pemerintah dan apa manfaatnya bagi mereka.

## Enam pertanyaan yang wajib terjawab

| Unsur | Pertanyaan | Contoh |
|---|---|---|
| *What* | Apa yang terjadi? | Peluncuran layanan antar dokumen kependudukan |
| *Who* | Siapa yang terlibat? | Wali Kota Padang, Kepala Disdukcapil |
| *When* | Kapan terjadi? | Senin, 18 November 2024, pukul 09.00 WIB |
| *Where* | Di mana? | Kantor Camat Koto Tangah |
| *Why* | Mengapa dilakukan? | Warga lansia dan penyandang disabilitas sulit datang ke kantor |
| *How* | Bagaimana caranya? | Warga mendaftar lewat WhatsApp, dokumen diantar petugas |

## Nilai berita

Tidak semua kegiatan layak diberitakan. Tanyakan apakah kegiatan itu punya:

- **Aktualitas**: baru saja terjadi atau akan segera terjadi.
- **Kedekatan** (*proximity*): dekat dengan kehidupan warga kota.
- **Dampak** (*magnitude*): menyangkut banyak orang atau anggaran besar.
- **Ketokohan** (*prominence*): melibatkan tokoh yang dikenal publik.
- **Sisi manusiawi** (*human interest*): kisah yang menyentuh perasaan.

## Latihan

Ambil satu undangan rapat di OPD Anda minggu ini. Tuliskan jawaban 5W+1H-nya dalam enam baris. Jika *why* dan *how* sulit dijawab, kemungkinan kegiatan itu belum layak menjadi berita.
`,
    },
    {
      title: 'Piramida terbalik dan menulis siaran pers',
      body: `## Piramida terbalik

Pembaca media sosial dan editor media sering hanya membaca paragraf pertama. Karena itu, susun tulisan dari yang **paling penting** ke yang **paling tidak penting**:

1. **Teras berita** (*lead*): inti peristiwa, menjawab sebagian besar 5W+1H dalam 30–40 kata.
2. **Tubuh berita**: penjelasan, angka, dan kutipan narasumber.
3. **Ekor**: latar belakang dan informasi tambahan yang boleh dipotong editor.

## Susunan siaran pers

1. Kop dan logo instansi, tulisan **SIARAN PERS**, nomor siaran pers.
2. Tempat dan tanggal rilis (*dateline*), misalnya *Padang, 18 November 2024 –*.
3. Judul: kalimat aktif, maksimal 12 kata, tanpa singkatan yang asing bagi warga.
4. Teras berita.
5. Kutipan pejabat atau narasumber, dengan nama dan jabatan lengkap.
6. Data pendukung dan latar belakang.
7. Penutup: tanda \`###\` lalu nama dan nomor kontak humas.

## Contoh teras berita

> Padang, 18 November 2024 – Pemerintah Kota Padang mulai mengantar akta kelahiran, kartu keluarga, dan KTP elektronik langsung ke rumah warga lansia dan penyandang disabilitas mulai Senin (18/11). Layanan gratis ini dapat dipesan melalui WhatsApp Disdukcapil.

## Periksa sebelum mengirim

- Nama, gelar, dan jabatan sudah benar dan konsisten.
- Angka dan tanggal sudah dicek ulang ke dokumen sumber.
- Kutipan benar-benar diucapkan narasumber, bukan karangan penulis.
- Panjang siaran pers tidak lebih dari satu halaman.
`,
    },
    {
      title: 'Verifikasi fakta dan etika menulis',
      body: `## Disiplin verifikasi

Akun resmi pemerintah dipercaya warga. Satu kesalahan angka atau nama dapat merusak kepercayaan itu. Sebelum terbit:

- **Cek silang** setiap angka ke dokumen resmi (DPA, laporan, SK).
- **Konfirmasi** nama dan jabatan ke bagian kepegawaian atau protokol.
- **Bedakan fakta dan opini**: opini selalu disebut milik siapa.

## Kutipan

- Kutipan langsung ditulis di antara tanda petik dan tidak boleh diubah isinya.
- Jika kalimat narasumber terlalu panjang, gunakan kutipan tidak langsung (*parafrase*) tanpa mengubah maksud.

## Etika

- Tidak menyebut identitas korban kejahatan susila atau anak yang berhadapan dengan hukum.
- Tidak memuat prasangka atau diskriminasi atas dasar suku, agama, ras, jenis kelamin, atau disabilitas.
- Segera meralat kesalahan dan menyebutkan bahwa tulisan telah diperbaiki.

## Contoh ralat

> *Ralat: pada berita sebelumnya tertulis anggaran Rp3 miliar. Yang benar Rp300 juta. Mohon maaf atas kekeliruan ini.*
`,
    },
  ],
  [
    {
      title: 'Komposisi dan aturan sepertiga',
      videoUrl: 'https://www.youtube.com/results?search_query=aturan+sepertiga+fotografi+ponsel',
      body: `## Aturan sepertiga

Bayangkan bingkai foto dibagi oleh dua garis mendatar dan dua garis tegak menjadi sembilan kotak sama besar. Letakkan objek utama di salah satu **titik potong** garis tersebut, bukan tepat di tengah. Foto menjadi lebih hidup dan mata pembaca bergerak di dalam gambar.

Di ponsel, aktifkan **garis kisi** (*grid*) di pengaturan kamera.

## Teknik komposisi lain

- **Garis pengarah** (*leading lines*): jalan, pagar, atau barisan kursi yang menuntun mata ke objek.
- **Bingkai alami** (*framing*): pintu, jendela, atau dedaunan di tepi gambar.
- **Ruang pandang**: beri ruang kosong di arah wajah objek menghadap.
- **Latar bersih**: hindari tiang atau spanduk yang "tumbuh" dari kepala orang.

## Sudut pengambilan

| Sudut | Kesan |
|---|---|
| Sejajar mata (*eye level*) | wajar, setara |
| Dari atas (*high angle*) | objek tampak kecil, cocok untuk suasana keramaian |
| Dari bawah (*low angle*) | objek tampak besar dan berwibawa |

## Latihan

Potret satu ruang pelayanan di kantor Anda tiga kali: objek di tengah, di titik sepertiga kiri, dan di titik sepertiga kanan. Bandingkan mana yang paling enak dilihat.
`,
    },
    {
      title: 'Memotret kegiatan resmi',
      body: `## Daftar bidikan (*shot list*)

Sebelum acara, minta susunan acara ke protokol dan siapkan daftar bidikan:

1. **Bidikan lebar** (*wide shot*): suasana ruangan, spanduk acara, dan peserta.
2. **Pimpinan saat sambutan**: dari samping depan, ekspresi sedang berbicara.
3. **Momen kunci**: penandatanganan, penyerahan bantuan, pengguntingan pita.
4. **Interaksi**: pimpinan berdialog dengan warga atau peserta.
5. **Detail**: produk, dokumen, atau alat yang diresmikan.

## Etika di lapangan

- Jangan berdiri di antara pimpinan dan hadirin terlalu lama.
- Matikan lampu kilat saat sambutan dan doa.
- Minta izin sebelum memotret warga dari dekat; untuk anak, izin dari orang tua atau sekolah.
- Jangan memotret layar atau dokumen yang memuat data pribadi.

## Menulis keterangan foto

Keterangan foto (takarir) menjawab 5W+1H secara singkat dan menyebut nama dari kiri ke kanan.

> Wali Kota Padang (kanan) menyerahkan KTP elektronik kepada warga lansia di Kelurahan Lubuk Buaya, Kecamatan Koto Tangah, Senin (18/11/2024). Layanan antar dokumen ini gratis dan dapat dipesan melalui WhatsApp Disdukcapil.

## Setelah acara

Pilih 3–5 foto terbaik, periksa fokus dan kemiringan, lalu kirim ke admin media sosial paling lambat satu jam setelah acara selesai.
`,
    },
  ],
  [
    {
      title: 'Kalender konten',
      body: `## Mengapa perlu kalender konten?

Akun yang diunggah "kalau sempat" cepat ditinggalkan pengikutnya. Kalender konten membuat unggahan **teratur**, **seimbang**, dan bisa **disetujui pimpinan lebih awal**.

## Pilar konten

Tentukan 3–5 tema utama akun OPD Anda, misalnya:

- **Informasi layanan**: syarat, jadwal, dan cara mendapatkan layanan.
- **Kegiatan pimpinan dan program**: apa yang sedang dikerjakan dan hasilnya.
- **Edukasi**: tips kesehatan, keselamatan lalu lintas, atau hemat energi.
- **Interaksi**: kuis, tanya jawab, ucapan hari besar.

## Contoh satu minggu

| Hari | Pilar | Format | Topik |
|---|---|---|---|
| Senin | Informasi layanan | Carousel | Syarat membuat KIA |
| Selasa | Edukasi | Reels 30 detik | Cara cek status bansos |
| Rabu | Kegiatan | Foto + caption | Rapat koordinasi stunting |
| Kamis | Interaksi | Story kuis | Tebak lokasi wisata Padang |
| Jumat | Informasi layanan | Poster | Jadwal pelayanan hari libur |

## Tips

- Sisakan ruang untuk berita mendadak (bencana, pengumuman penting).
- Siapkan bahan seminggu sebelumnya dan mintakan persetujuan sekaligus.
- Catat tautan setiap unggahan agar mudah dievaluasi.
`,
    },
    {
      title: 'Menulis caption dan menanggapi komentar',
      body: `## Susunan caption

1. **Kalimat pembuka** yang menarik perhatian, misalnya pertanyaan.
2. **Isi**: informasi inti, singkat, dengan bahasa sehari-hari yang sopan.
3. **Ajakan** (*call to action*): "Simpan unggahan ini", "Daftar melalui tautan di bio".
4. **Tagar** secukupnya: tagar resmi pemerintah daerah dan tagar kampanye.

> Mau urus KIA untuk si kecil? 👶 Cukup bawa fotokopi KK dan akta kelahiran ke kantor Disdukcapil, gratis! Simpan unggahan ini dan bagikan ke keluarga. #PadangKotaTercinta

## Menanggapi komentar

- Balas dalam **1×24 jam** pada hari kerja.
- Berterima kasih, akui masalahnya, dan beri jalan keluar.
- Arahkan pengaduan ke kanal resmi seperti **SP4N-LAPOR!** atau nomor layanan OPD.
- Jangan menghapus kritik yang sopan; sembunyikan hanya komentar berisi SARA, pornografi, atau penipuan.
- Jangan berdebat di kolom komentar; lanjutkan lewat pesan langsung bila perlu data pribadi.

## Contoh balasan

> Terima kasih atas laporannya, Bapak. Mohon maaf atas ketidaknyamanannya. Agar segera ditindaklanjuti, silakan sampaikan lokasi lengkap melalui SP4N-LAPOR! di lapor.go.id. 🙏
`,
    },
    {
      title: 'Membaca statistik akun',
      body: `## Istilah penting

- **Jangkauan** (*reach*): jumlah akun berbeda yang melihat unggahan.
- **Impresi** (*impressions*): berapa kali unggahan tampil; satu akun bisa melihat lebih dari sekali, jadi impresi selalu sama atau lebih besar dari jangkauan.
- **Interaksi** (*engagement*): suka, komentar, bagikan, dan simpan.
- **Tingkat interaksi** (*engagement rate*): interaksi dibagi jangkauan, dikali 100%.

## Contoh perhitungan

Unggahan jadwal vaksinasi menjangkau **2.000** akun dan mendapat 120 suka, 20 komentar, 10 bagikan, dan 10 simpan.

- Interaksi = 120 + 20 + 10 + 10 = **160**
- Tingkat interaksi = 160 ÷ 2.000 × 100% = **8%**

## Pertanyaan evaluasi bulanan

1. Pilar konten mana yang tingkat interaksinya paling tinggi?
2. Pada hari dan jam berapa pengikut paling aktif?
3. Unggahan mana yang paling banyak disimpan atau dibagikan, dan mengapa?
4. Apa yang akan diubah di kalender konten bulan depan?

Tuliskan jawabannya dalam laporan singkat satu halaman untuk pimpinan, lengkap dengan tangkapan layar statistik.
`,
    },
  ],
  [
    {
      title: 'UU ITE: muatan yang dilarang',
      body: `## Dasar hukum

Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik (UU ITE), yang telah diubah dengan UU Nomor 19 Tahun 2016 dan UU Nomor 1 Tahun 2024.

## Muatan yang dilarang didistribusikan

- Muatan yang melanggar **kesusilaan**.
- Muatan **perjudian**.
- **Penyerangan kehormatan atau nama baik** orang lain (pencemaran nama baik); merupakan delik aduan, hanya diproses bila ada pengaduan dari orang yang dirugikan.
- **Pemerasan atau pengancaman**.
- **Berita bohong** yang menyesatkan dan merugikan konsumen dalam transaksi elektronik.
- Muatan yang **menghasut kebencian atau permusuhan** terhadap individu atau kelompok berdasarkan ras, kebangsaan, etnis, agama, kepercayaan, jenis kelamin, atau disabilitas.
- **Ancaman kekerasan** atau upaya menakut-nakuti yang ditujukan secara pribadi.

## Artinya bagi admin akun resmi

- Periksa ulang informasi sebelum membagikan, terutama pesan berantai.
- Jangan mengunggah ulang konten dari akun lain tanpa memeriksa kebenaran dan hak ciptanya.
- Tanggapi kritik dengan data, bukan dengan ancaman melaporkan.
- Simpan tangkapan layar dan tautan bila menemukan konten bermasalah di akun Anda, lalu laporkan ke atasan.

> *Catatan: ringkasan ini untuk pelatihan, bukan nasihat hukum. Untuk kasus nyata, konsultasikan dengan Bagian Hukum Sekretariat Daerah.*
`,
    },
    {
      title: 'UU PDP: data pribadi dan persetujuan',
      body: `## Dasar hukum

Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi (UU PDP), berlaku penuh sejak 17 Oktober 2024, termasuk bagi badan publik.

## Jenis data pribadi

| Bersifat umum | Bersifat spesifik |
|---|---|
| nama lengkap | data dan informasi kesehatan |
| jenis kelamin | data biometrik (sidik jari, wajah) |
| kewarganegaraan | data genetika |
| agama | catatan kejahatan |
| status perkawinan | data anak |
| data yang dikombinasikan sehingga mengenali seseorang | data keuangan pribadi |

## Dasar pemrosesan

Data pribadi hanya boleh diproses dengan dasar yang sah, antara lain **persetujuan yang eksplisit** dari pemiliknya, kewajiban hukum, atau pelaksanaan tugas pelayanan publik. Persetujuan dapat **ditarik kembali** kapan saja.

## Hak subjek data

Mendapat informasi, mengakses, memperbaiki, meminta penghapusan, dan menarik persetujuan.

## Praktik aman untuk admin media sosial

- Jangan mengunggah foto KTP, KK, daftar hadir, atau formulir yang memuat NIK, nomor HP, dan alamat.
- Samarkan (*blur*) data pribadi yang terlanjur terlihat di foto kegiatan.
- Minta persetujuan sebelum menampilkan wajah penerima bantuan dari dekat.
- Bila terjadi kebocoran data, laporkan segera ke atasan: pemberitahuan tertulis kepada pemilik data dan lembaga berwenang wajib dilakukan paling lambat **3 × 24 jam**.
`,
    },
  ],
];
