import 'conference-summary';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app';

bootstrapApplication(App, { providers: [provideZonelessChangeDetection()] }).then((app) => {
  const view = app.components[0].instance as App;
  (window as unknown as { hostApp: unknown }).hostApp = {
    events: view.events,
    set: (changes: Partial<App['state']>) => {
      view.state.update((state) => ({ ...state, ...changes }));
      app.tick();
    },
    call: (name: 'showSection' | 'expandAll' | 'collapseAll', ...args: string[]) => view.call(name, ...args),
  };
});
