/** UI tests of the placeholder app: German default, language toggle to English and back. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.tsx';
import { MESSAGES } from '../../src/ui/i18n/index.ts';

describe('App', () => {
  it('renders German heading, description and landmarks by default', () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Zuweisungslabor Hessen' })).toBeVisible();
    expect(screen.getByText(/Erstaufnahme \(RP Gießen\)/)).toHaveTextContent(MESSAGES.de.description);
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Statistisches Bundesamt (Destatis)');
    expect(document.documentElement.lang).toBe('de');
  });

  it('switches to English and back', async () => {
    const user = userEvent.setup();
    render(<App />);
    const button = screen.getByRole('button', { name: 'English' });

    await user.click(button);
    expect(screen.getByText(MESSAGES.en.description)).toBeInTheDocument();
    expect(screen.queryByText(MESSAGES.de.description)).not.toBeInTheDocument();
    expect(button).toHaveTextContent('Deutsch');
    expect(document.documentElement.lang).toBe('en');

    await user.click(button);
    expect(screen.getByText(MESSAGES.de.description)).toBeInTheDocument();
    expect(button).toHaveTextContent('English');
    expect(document.documentElement.lang).toBe('de');
  });
});
