import { Permission, hasPermission, permissionsOf } from './permissions';

describe('permissions', () => {
  it('lets only admins manage users and read the audit trail', () => {
    expect(hasPermission(['admin'], Permission.UsersManage)).toBe(true);
    expect(hasPermission(['organizer'], Permission.UsersManage)).toBe(false);
    expect(hasPermission(['participant', 'trainer'], Permission.AuditRead)).toBe(false);
  });

  it('lets organizers see the people of their agency but not participants', () => {
    expect(hasPermission(['organizer'], Permission.PeopleReadAgency)).toBe(true);
    expect(hasPermission(['participant'], Permission.PeopleReadAgency)).toBe(false);
  });

  it('unions the permissions of several roles without duplicates', () => {
    const union = permissionsOf(['trainer', 'organizer']);
    expect(union).toContain(Permission.PeopleReadAgency);
    expect(union.filter((p) => p === Permission.ProfileOwn)).toHaveLength(1);
  });
});
