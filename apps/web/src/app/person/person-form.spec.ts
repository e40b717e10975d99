import { PersonForm } from './person-form';

describe(PersonForm.name, () => {
  it('sends the NIP of a civil servant and drops a NIK that does not apply', () => {
    const person = new PersonForm({ employmentType: 'NON_ASN', nik: '1371015205900001', fullName: 'Dewi' });
    person.group.controls.employmentType.setValue('PNS');
    person.group.controls.nip.setValue('1985 0512 2010 01 2 003');

    expect(person.group.valid).toBe(true);
    expect(person.value()).toEqual(
      expect.objectContaining({ employmentType: 'PNS', nip: '198505122010012003', nik: null }),
    );
  });

  it('forgets a PNS rank when the person turns out to be PPPK', () => {
    const person = new PersonForm({ employmentType: 'PNS', rank: 'III/a' });
    person.group.controls.employmentType.setValue('PPPK');
    expect(person.group.controls.rank.value).toBeNull();
    expect(person.ranks().map((rank) => rank.code)).toContain('IX');
  });

  it('clears the OPD when another instansi is chosen', () => {
    const person = new PersonForm({ agencyId: 'padang', unitId: 'kominfo' });
    person.group.controls.agencyId.setValue('bintan');
    expect(person.group.controls.unitId.value).toBeNull();
  });

  it('sends empty optional fields as null rather than empty strings', () => {
    const person = new PersonForm({ employmentType: 'PNS', fullName: '  Rina Marlina ', titleAfter: '  ' });
    expect(person.value()).toEqual(expect.objectContaining({ fullName: 'Rina Marlina', titleAfter: null, phone: null }));
  });
});
