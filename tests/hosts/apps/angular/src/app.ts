// Angular binds `[name]` to the element's property and `(name)` to its event,
// the element's dashed aliases; CUSTOM_ELEMENTS_SCHEMA lets the template use
// an element Angular does not know. The template reference #widget has the
// element's type (the package declares it in HTMLElementTagNameMap), so
// strictTemplates checks the button's call of expandAll().
import { Component, CUSTOM_ELEMENTS_SCHEMA, ElementRef, signal, viewChild } from '@angular/core';

interface Heard {
  id: string;
  type: string;
  detail: unknown;
}

@Component({
  selector: 'host-app',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <conference-summary
      id="main"
      #widget
      [section]="state().section"
      [lang]="state().lang"
      [theme]="state().theme"
      [src]="state().src"
      [expanded]="state().expanded"
      (conference-summary-ready)="hear($event)"
      (conference-summary-section-change)="hear($event)"
      (conference-summary-quote-toggle)="hear($event)"
      (conference-summary-error)="hear($event)"
    ></conference-summary>
    <button id="open-all" (click)="widget.expandAll()">Open all quotes</button>
    <conference-summary id="broken" src="/missing.json" (conference-summary-error)="hear($event)"></conference-summary>
  `,
})
export class App {
  readonly state = signal({ section: 'quotes', lang: 'en', theme: 'dark', src: '/summary-a.json', expanded: true });
  readonly events: Heard[] = [];
  private readonly widget = viewChild.required<ElementRef<HTMLElement & Record<string, (...args: string[]) => void>>>('widget');

  hear(event: Event): void {
    const target = event.currentTarget as HTMLElement;
    this.events.push({ id: target.id, type: event.type, detail: (event as CustomEvent).detail });
  }

  call(name: 'showSection' | 'expandAll' | 'collapseAll', ...args: string[]): void {
    this.widget().nativeElement[name](...args);
  }
}
