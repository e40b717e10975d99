export interface UnitView {
  id: string;
  agencyId: string;
  name: string;
  /** Short code, e.g. `DISKOMINFO`. */
  code: string | null;
}

export interface AgencyView {
  id: string;
  name: string;
  /** Short code used in certificate numbers, e.g. `BKPSDM`. */
  code: string;
  region: string | null;
  units: UnitView[];
}

export interface CreateAgencyRequest {
  name: string;
  code: string;
  region?: string | null;
}

export interface CreateUnitRequest {
  name: string;
  code?: string | null;
}
