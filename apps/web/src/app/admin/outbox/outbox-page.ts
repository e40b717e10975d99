import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { pagedList } from '../../core/paged-list';
import { LocalDatePipe } from '../../i18n/local-date.pipe';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { linkify } from './linkify';
import { OutboxService } from './outbox.service';

@Component({
  selector: 'bt-outbox-page',
  imports: [MatButtonModule, MatExpansionModule, MatIconModule, MatPaginatorModule, MatProgressBarModule, TranslatePipe, LocalDatePipe],
  templateUrl: './outbox-page.html',
  styleUrl: './outbox-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OutboxPage {
  private readonly outbox = inject(OutboxService);

  protected readonly linkify = linkify;
  protected readonly pageSizes = [10, 20, 50, 100];
  protected readonly query = signal({ page: 1, pageSize: 20 });
  protected readonly list = pagedList(this.query, ({ page, pageSize }) => this.outbox.list(page, pageSize));
}
