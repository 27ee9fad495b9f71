import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsForm, type SettingsFormProps } from '@/components/popup/SettingsForm';
import { translator } from '@/utils/i18n/translate';
import { defaultSettings, type Settings } from '@/utils/settings/types';

// Render into a clean document for every test.
afterEach(cleanup);

function renderForm(overrides: Partial<SettingsFormProps> = {}) {
  const props: SettingsFormProps = {
    tr: translator('en'),
    settings: defaultSettings(),
    hostname: 'news.example.org',
    onChange: vi.fn(),
    onSiteChange: vi.fn(),
    ...overrides,
  };
  render(<SettingsForm {...props} />);
  return props;
}

describe('SettingsForm', () => {
  it('makes "Enabled" the first control, a labelled switch', () => {
    renderForm();
    const controls = screen.getAllByRole(/switch|checkbox|radio|slider/);
    expect(controls[0]).toBe(screen.getByRole('switch', { name: 'Enabled' }));
    expect(controls[0]).toBeInstanceOf(HTMLInputElement);
  });

  it.each<[string, () => HTMLElement, Partial<Settings> | Record<string, unknown>]>([
    ['Enabled off', () => screen.getByRole('switch', { name: 'Enabled' }), { enabled: false }],
    [
      'institutions off',
      () => screen.getByRole('checkbox', { name: 'Institutions' }),
      { categories: { institutions: false } },
    ],
    [
      'figures off',
      () => screen.getByRole('checkbox', { name: 'Figures' }),
      { categories: { figures: false } },
    ],
    [
      'first mention only on',
      () => screen.getByRole('checkbox', { name: 'First mention only' }),
      { firstMentionOnly: true },
    ],
  ])('reports %s as a patch', (_name, control, patch) => {
    const { onChange } = renderForm();
    fireEvent.click(control());
    expect(onChange).toHaveBeenCalledExactlyOnceWith(patch);
  });

  it('reports the chosen highlight style', () => {
    const { onChange } = renderForm();
    expect(screen.getByRole('radio', { name: 'Underline' })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('radio', { name: 'Background' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ style: 'background' });
  });

  it('defaults "Where" to pages about the talks and reports "Every page"', () => {
    const { onChange } = renderForm();
    const where = screen.getByRole('group', { name: 'Where' });
    expect(where.querySelector('input:checked')?.getAttribute('value')).toBe('talks');
    expect(screen.getByRole('radio', { name: 'Pages about the talks' })).toHaveProperty(
      'checked',
      true,
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Every page' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ where: 'everywhere' });
  });

  it('shows the hover delay while it moves and reports it when let go', () => {
    const { onChange } = renderForm();
    const slider = screen.getByRole('slider', { name: 'Hover delay' }) as HTMLInputElement;
    expect(screen.queryByText('300 ms')).not.toBeNull();
    slider.value = '750';
    fireEvent.input(slider);
    expect(screen.queryByText('750 ms')).not.toBeNull();
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(slider);
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ hoverDelayMs: 750 });
  });

  it('turns the current site off by its hostname', () => {
    const { onSiteChange } = renderForm();
    const site = screen.getByRole('switch', { name: 'On news.example.org' });
    expect(site).toHaveProperty('checked', true);
    fireEvent.click(site);
    expect(onSiteChange).toHaveBeenCalledExactlyOnceWith('news.example.org', false);
  });

  it('shows a site on the list as off, and turns it back on', () => {
    const settings = { ...defaultSettings(), disabledSites: ['example.org'] };
    const { onSiteChange } = renderForm({ settings, hostname: 'www.example.org' });
    const site = screen.getByRole('switch', { name: 'On www.example.org' });
    expect(site).toHaveProperty('checked', false);
    fireEvent.click(site);
    expect(onSiteChange).toHaveBeenCalledExactlyOnceWith('www.example.org', true);
  });

  it('disables the site switch, and says why, on a page Backstory cannot run on', () => {
    const { onSiteChange } = renderForm({ hostname: null });
    const site = screen.getByRole('switch', { name: 'On this site' });
    expect(site).toHaveProperty('disabled', true);
    expect(site.getAttribute('aria-describedby')).toBeTruthy();
    const hint = document.getElementById(site.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe('Backstory can’t run on this page.');
    fireEvent.click(site);
    expect(onSiteChange).not.toHaveBeenCalled();
  });

  it('reflects the settings it is given', () => {
    renderForm({
      settings: {
        ...defaultSettings(),
        enabled: false,
        categories: { people: false, institutions: true, figures: true },
        style: 'none',
        hoverDelayMs: 1200,
        where: 'everywhere',
      },
    });
    expect(screen.getByRole('radio', { name: 'Every page' })).toHaveProperty('checked', true);
    expect(screen.getByRole('switch', { name: 'Enabled' })).toHaveProperty('checked', false);
    expect(screen.getByRole('checkbox', { name: 'People' })).toHaveProperty('checked', false);
    expect(screen.getByRole('radio', { name: 'None' })).toHaveProperty('checked', true);
    expect(screen.getByRole('slider', { name: 'Hover delay' })).toHaveProperty('value', '1200');
  });
});
