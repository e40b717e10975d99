import type { EmploymentType, PositionKind, Role } from '@bimtek/contracts';
import { composeNik, composeNip } from '@bimtek/domain';

/** Every demo account shares this password; the README lists the accounts. */
export const DEMO_PASSWORD = 'Bimtek-Demo-2026';

export const DEMO_AGENCY = {
  name: 'BKPSDM Kota Padang',
  code: 'BKPSDM',
  region: 'Kota Padang, Sumatera Barat',
};

/** Units (OPD) of a city government, as a Kota Padang participant list would show them. */
export const DEMO_UNITS: { name: string; code: string }[] = [
  { name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', code: 'BKPSDM' },
  { name: 'Dinas Komunikasi dan Informatika', code: 'DISKOMINFO' },
  { name: 'Dinas Pendidikan', code: 'DISDIK' },
  { name: 'Dinas Kesehatan', code: 'DINKES' },
  { name: 'Dinas Pekerjaan Umum dan Penataan Ruang', code: 'DPUPR' },
  { name: 'Dinas Perhubungan', code: 'DISHUB' },
  { name: 'Dinas Pariwisata', code: 'DISPAR' },
  { name: 'Dinas Sosial', code: 'DINSOS' },
  { name: 'Dinas Kependudukan dan Pencatatan Sipil', code: 'DISDUKCAPIL' },
  { name: 'Dinas Lingkungan Hidup', code: 'DLH' },
  { name: 'Badan Perencanaan Pembangunan Daerah', code: 'BAPPEDA' },
  { name: 'Badan Pengelolaan Keuangan dan Aset Daerah', code: 'BPKAD' },
  { name: 'Sekretariat Daerah', code: 'SETDA' },
  { name: 'Inspektorat', code: 'INSPEKTORAT' },
  { name: 'Satuan Polisi Pamong Praja', code: 'SATPOLPP' },
  { name: 'Kecamatan Padang Barat', code: 'KEC-PDGBARAT' },
  { name: 'Kecamatan Koto Tangah', code: 'KEC-KOTOTANGAH' },
  { name: 'Kecamatan Kuranji', code: 'KEC-KURANJI' },
];

export interface DemoPerson {
  email: string;
  fullName: string;
  titleBefore: string | null;
  titleAfter: string | null;
  employmentType: EmploymentType;
  nip: string | null;
  nik: string | null;
  rank: string | null;
  position: string;
  positionKind: PositionKind;
  unitCode: string;
  phone: string;
  roles: Role[];
}

/** One account per role, with the names the README shows. All people here are fictional. */
export const DEMO_ROLE_ACCOUNTS: DemoPerson[] = [
  {
    email: 'admin@bimtek.local',
    fullName: 'Admin Bimtek',
    titleBefore: null,
    titleAfter: 'S.Kom.',
    employmentType: 'PNS',
    nip: composeNip({ birthDate: '1986-04-17', serviceStartYear: 2010, serviceStartMonth: 3, gender: 'male', serial: 1 }),
    nik: null,
    rank: 'III/c',
    position: 'Pranata Komputer Ahli Muda',
    positionKind: 'FUNGSIONAL',
    unitCode: 'DISKOMINFO',
    phone: '081200000001',
    roles: ['admin'],
  },
  {
    email: 'panitia@bimtek.local',
    fullName: 'Rahmi Yulianti',
    titleBefore: null,
    titleAfter: 'S.Sos., M.Si.',
    employmentType: 'PNS',
    nip: composeNip({ birthDate: '1984-09-02', serviceStartYear: 2009, serviceStartMonth: 1, gender: 'female', serial: 2 }),
    nik: null,
    rank: 'III/d',
    position: 'Analis Pengembangan Kompetensi ASN',
    positionKind: 'FUNGSIONAL',
    unitCode: 'BKPSDM',
    phone: '081200000002',
    roles: ['organizer'],
  },
  {
    email: 'narasumber@bimtek.local',
    fullName: 'Andi Saputra',
    titleBefore: 'Dr.',
    titleAfter: 'M.I.Kom.',
    employmentType: 'PNS',
    nip: composeNip({ birthDate: '1979-01-23', serviceStartYear: 2005, serviceStartMonth: 4, gender: 'male', serial: 3 }),
    nik: null,
    rank: 'IV/a',
    position: 'Pranata Humas Ahli Madya',
    positionKind: 'FUNGSIONAL',
    unitCode: 'DISKOMINFO',
    phone: '081200000003',
    roles: ['trainer'],
  },
  {
    email: 'peserta@bimtek.local',
    fullName: 'Siti Nurhaliza',
    titleBefore: null,
    titleAfter: 'A.Md.',
    employmentType: 'PNS',
    nip: composeNip({ birthDate: '1995-06-11', serviceStartYear: 2019, serviceStartMonth: 3, gender: 'female', serial: 4 }),
    nik: null,
    rank: 'II/c',
    position: 'Pengelola Media Sosial',
    positionKind: 'PELAKSANA',
    unitCode: 'DISDIK',
    phone: '081200000004',
    roles: ['participant'],
  },
];

const GIVEN_MALE = ['Budi', 'Rizky', 'Fajar', 'Hendra', 'Yusuf', 'Arif', 'Dedi', 'Ilham', 'Reza', 'Taufik', 'Gilang', 'Irfan'];
const GIVEN_FEMALE = ['Dewi', 'Rina', 'Putri', 'Fitri', 'Yuni', 'Nadia', 'Annisa', 'Wulan', 'Mega', 'Sari', 'Indah', 'Lestari'];
const FAMILY = ['Pratama', 'Hidayat', 'Kurniawan', 'Syahputra', 'Rahmawati', 'Permata', 'Wijaya', 'Amelia', 'Firmansyah', 'Oktaviani', 'Maulana', 'Handayani'];
const POSITIONS: [string, PositionKind][] = [
  ['Pengelola Media Sosial', 'PELAKSANA'],
  ['Pranata Humas Ahli Pertama', 'FUNGSIONAL'],
  ['Pengadministrasi Umum', 'PELAKSANA'],
  ['Kepala Subbagian Umum dan Kepegawaian', 'PENGAWAS'],
  ['Analis Kebijakan Ahli Pertama', 'FUNGSIONAL'],
  ['Pengelola Data dan Informasi', 'PELAKSANA'],
];
const PNS_RANK_CODES = ['II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c'];
const PPPK_GRADE_CODES = ['V', 'VII', 'IX'];

/** A small deterministic generator, so that every demo install has the same people. */
function generator(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % n;
  };
}

/** Participants from every OPD: mostly PNS, some PPPK and non-ASN, with NIPs and NIKs that validate. */
export function demoParticipants(count: number): DemoPerson[] {
  const pick = generator(2024);
  const people: DemoPerson[] = [];
  for (let i = 0; i < count; i++) {
    const female = pick(2) === 1;
    const given = (female ? GIVEN_FEMALE : GIVEN_MALE)[pick(12)] ?? 'Budi';
    const fullName = `${given} ${FAMILY[pick(FAMILY.length)] ?? 'Pratama'}`;
    const kind: EmploymentType = i % 10 === 9 ? 'NON_ASN' : i % 5 === 4 ? 'PPPK' : 'PNS';
    const year = 1975 + pick(25);
    const birthDate = `${year}-${String(1 + pick(12)).padStart(2, '0')}-${String(1 + pick(28)).padStart(2, '0')}`;
    const gender = female ? 'female' : 'male';
    const [position, positionKind] = POSITIONS[pick(POSITIONS.length)] ?? ['Pengelola Media Sosial', 'PELAKSANA'];
    const unitCode = DEMO_UNITS[i % DEMO_UNITS.length]?.code ?? 'DISKOMINFO';
    people.push({
      email: `peserta${String(i + 1).padStart(2, '0')}@bimtek.local`,
      fullName,
      titleBefore: null,
      titleAfter: pick(3) === 0 ? 'S.I.Kom.' : pick(2) === 0 ? 'S.E.' : null,
      employmentType: kind,
      nip:
        kind === 'NON_ASN'
          ? null
          : composeNip({
              birthDate,
              serviceStartYear: Math.min(year + 22 + pick(8), 2024),
              serviceStartMonth: 1 + pick(12),
              gender,
              serial: 100 + i,
            }),
      nik: kind === 'NON_ASN' ? composeNik({ regionCode: '137101', birthDate, gender, serial: 1000 + i }) : null,
      rank: kind === 'PNS' ? (PNS_RANK_CODES[pick(PNS_RANK_CODES.length)] ?? 'III/a') : kind === 'PPPK' ? (PPPK_GRADE_CODES[pick(3)] ?? 'IX') : null,
      position,
      positionKind,
      unitCode,
      phone: `0812${String(10_000_000 + i * 7919).slice(0, 8)}`,
      roles: ['participant'],
    });
  }
  return people;
}
