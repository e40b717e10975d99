import { fillPlaceholders } from './placeholders';
import { defaultTemplate, sampleSnapshot } from './sample-certificate';

const snapshot = sampleSnapshot(defaultTemplate('Pemerintah Kota Padang', 'Padang'));

describe(fillPlaceholders.name, () => {
  it('fills every placeholder from the snapshot', () => {
    const text = fillPlaceholders('{nama}|{pelatihan}|{angkatan}|{penyelenggara}|{tanggal}|{tempat}|{jp}|{predikat}|{nilai}', {
      ...snapshot,
      training: { ...snapshot.training, startDate: '2026-07-30', endDate: '2026-08-03', jp: 40, batchNumber: 3, venue: 'Hotel Grand Inna Padang' },
      result: { predicate: 'Sangat Memuaskan', finalScore: 92.5 },
    });
    expect(text.split('|')).toEqual([
      'Dra. Siti Rahmawati, M.Si.',
      snapshot.training.title,
      'III',
      snapshot.training.organizer,
      '30 Juli – 3 Agustus 2026',
      'Hotel Grand Inna Padang',
      '40',
      'Sangat Memuaskan',
      '92,5',
    ]);
  });

  it('leaves unknown placeholders as typed', () => {
    expect(fillPlaceholders('{nama} {jabatan} {NAMA} {}', snapshot)).toBe('Dra. Siti Rahmawati, M.Si. {jabatan} {NAMA} {}');
  });

  it('prints a dash for a certificate of attendance without predicate or score', () => {
    expect(fillPlaceholders('{predikat}/{nilai}', { ...snapshot, result: { predicate: null, finalScore: null } })).toBe('–/–');
  });

  it('uses the place of signing when the batch has no venue', () => {
    expect(fillPlaceholders('di {tempat}', { ...snapshot, training: { ...snapshot.training, venue: null } })).toBe('di Padang');
  });
});
