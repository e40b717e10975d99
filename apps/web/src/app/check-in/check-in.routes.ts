import type { Routes } from '@angular/router';

/** Participants: check in with the kiosk's code, their attendance, badge, izin and sakit. */
export const checkInRoutes: Routes = [];
