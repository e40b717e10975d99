import { ChangeDetectionStrategy, Component, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '../i18n/translate.pipe';

/** The edit and delete icon buttons at the end of a row in the content tabs' lists. */
@Component({
  selector: 'bt-edit-delete-buttons',
  imports: [MatButtonModule, MatIconModule, TranslatePipe],
  template: `
    <button mat-icon-button type="button" name="edit" (click)="edit.emit()" [attr.aria-label]="'common.edit' | t">
      <mat-icon>edit</mat-icon>
    </button>
    <button mat-icon-button type="button" name="delete" (click)="remove.emit()" [attr.aria-label]="'common.delete' | t">
      <mat-icon>delete</mat-icon>
    </button>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditDeleteButtons {
  readonly edit = output();
  readonly remove = output();
}
