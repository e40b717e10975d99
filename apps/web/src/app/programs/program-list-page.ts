import { ChangeDetectionStrategy, Component, type OnInit, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { type ProgramView, TrainingPaths } from '@bimtek/contracts';
import { Layout } from '../core/layout';
import { Notifier } from '../core/notifier';
import { programKindLabel, programModeLabel } from '../i18n/labels';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ProgramsService } from './programs.service';

@Component({
  selector: 'bt-program-list-page',
  imports: [RouterLink, MatButtonModule, MatCardModule, MatIconModule, MatProgressBarModule, MatTableModule, TranslatePipe],
  templateUrl: './program-list-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgramListPage implements OnInit {
  private readonly programs = inject(ProgramsService);
  private readonly notifier = inject(Notifier);

  protected readonly phone = inject(Layout).phone;
  protected readonly paths = TrainingPaths;
  protected readonly kindLabel = programKindLabel;
  protected readonly modeLabel = programModeLabel;
  protected readonly columns = ['title', 'year', 'kind', 'jp', 'batches', 'actions'];
  protected readonly list = signal<ProgramView[] | null>(null);

  ngOnInit(): void {
    this.programs.list().subscribe({
      next: (programs) => this.list.set(programs),
      error: (error: unknown) => this.notifier.error(error),
    });
  }

  /** Typed access for the table's untyped row context. */
  protected program(row: ProgramView): ProgramView {
    return row;
  }
}
