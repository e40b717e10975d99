import type { Routes } from '@angular/router';
import { Permission, WebRoutes } from '@bimtek/contracts';
import { permissionGuard } from '../auth/auth.guards';
import { pageTitle } from '../core/title-strategy';

/** Organizers: the people of their own agency. */
export const agencyPeopleRoutes: Routes = [
  {
    path: WebRoutes.people,
    title: pageTitle('people.title'),
    canActivate: [permissionGuard(Permission.PeopleReadAgency)],
    loadComponent: () => import('./agency-people-page').then((m) => m.AgencyPeoplePage),
  },
];
