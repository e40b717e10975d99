import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { ApiRoutes, type AgencyView, type UnitView } from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { Notifier } from '../core/notifier';

/** The public list of instansi and their OPD, loaded once and shared by every person form. */
@Injectable({ providedIn: 'root' })
export class AgencyDirectory {
  private readonly http = inject(HttpClient);
  private readonly notifier = inject(Notifier);
  private readonly state = signal<readonly AgencyView[] | null>(null);
  private loading = false;

  readonly agencies = computed(() => this.state() ?? []);
  readonly loaded = computed(() => this.state() !== null);

  load(): void {
    if (this.state() !== null || this.loading) return;
    this.loading = true;
    this.http.get<AgencyView[]>(apiUrl(ApiRoutes.agencies)).subscribe({
      next: (agencies) => {
        this.loading = false;
        this.state.set(agencies);
      },
      error: (error: unknown) => {
        this.loading = false;
        this.notifier.error(error);
      },
    });
  }

  unitsOf(agencyId: string | null): readonly UnitView[] {
    return this.agencies().find((agency) => agency.id === agencyId)?.units ?? [];
  }
}
