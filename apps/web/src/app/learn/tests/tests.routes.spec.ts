import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { RouterOutlet, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApiRoutes } from '@bimtek/contracts';
import { AuthService } from '../../auth/auth.service';
import { apiUrl } from '../../core/api';
import { assignmentRoutes } from '../assignments/assignments.routes';
import { testRoutes } from './tests.routes';

/** A hub with its own component: Angular would not hand `batchId` down to the pages below it. */
@Component({ selector: 'bt-hub-shell', imports: [RouterOutlet], template: '<router-outlet />' })
class HubShell {}

describe('test and assignment routes', () => {
  function setup() {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'pelatihan/:batchId/belajar', component: HubShell, children: [...testRoutes, ...assignmentRoutes] }], withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: AuthService, useValue: { can: () => true } },
      ],
    });
    return TestBed.inject(HttpTestingController);
  }

  it('give the test page the batch of the hub above it', async () => {
    const backend = setup();
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/pelatihan/b7/belajar/tes/t3');

    backend.expectOne({ url: apiUrl(ApiRoutes.myLearning, 'b7', 'tests', 't3', 'attempts'), method: 'POST' });
  });

  it('give the assignment page the batch of the hub above it', async () => {
    const backend = setup();
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/pelatihan/b7/belajar/tugas/as2');

    backend.expectOne(apiUrl(ApiRoutes.myLearning, 'b7', 'assignments', 'as2'));
  });
});
