// The customer's side in a real browser at phone width: the complaint form in Portuguese (switched
// from the browser's English) with a photo, the status link, and staff answers arriving on the
// open page without a reload (server-sent events).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ComplaintStatus, StaffComplaint } from '../../../contracts/portal.js';
import { apiJson, launchBrowser, screenshotPath, startServer, type RunningServer } from './harness.js';

let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let photo: string;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  photo = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-photo-')), 'IMG_0001.jpg');
  fs.writeFileSync(
    photo,
    await sharp({ create: { width: 800, height: 600, channels: 3, background: '#8a5a2b' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'TestCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '38/1 42/1 0/1' } })
      .toBuffer(),
  );
  await apiJson(server.url, 'POST', '/api/products', { sku: 'BAG-1', title: 'Travel bag', promises: {} });
  await apiJson(server.url, 'POST', '/api/orders', {
    orderId: 'W-1001',
    customerEmail: 'ana.silva@example.com',
    orderedAt: '2026-11-01T10:00:00Z',
    batch: 'B-2026-07',
    lines: [{ sku: 'BAG-1', variant: 'black', qty: 1, price: 49.5 }],
  });
  await apiJson(server.url, 'POST', '/api/inspections', {
    batch: 'B-2026-07',
    sku: 'BAG-1',
    inspectedAt: '2026-10-28T09:00:00Z',
    inspector: 'Rui Costa',
    result: 'conditional',
    notes: 'strap clips short on 2 of 50',
  });
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('files a complaint with a photo in Portuguese on a phone and follows it live', async () => {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.setViewportSize({ width: 390, height: 844 });
  const broken: string[] = [];
  page.on('response', (res) => {
    const p = new URL(res.url()).pathname;
    if ((p.startsWith('/portal/api/') || p.startsWith('/api/')) && (res.status() >= 500 || res.status() === 404))
      broken.push(`${p} ${res.status()}`);
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));

  await page.goto(`${server.url}/portal`);
  await page.getByRole('heading', { name: 'Report a problem with your order' }).waitFor();
  await page.getByLabel('Language').selectOption('pt');
  await page.getByRole('heading', { name: 'Relatar um problema com o seu pedido' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('pt');

  // A wrong email: the one answer that does not say which half was wrong.
  await page.getByLabel('Número do pedido').fill('W-1001');
  await page.getByLabel('E-mail usado no pedido').fill('outra@example.com');
  await page.getByRole('button', { name: 'Encontrar o meu pedido' }).click();
  await page.getByRole('alert').getByText('Não encontrámos um pedido com este número e e-mail').waitFor();

  await page.getByLabel('E-mail usado no pedido').fill('ana.silva@example.com');
  await page.getByRole('button', { name: 'Encontrar o meu pedido' }).click();
  await page.getByRole('checkbox', { name: 'Travel bag (black)' }).waitFor();
  expect(await page.getByRole('checkbox', { name: 'Travel bag (black)' }).isChecked()).toBe(true);
  await page.getByRole('radio', { name: 'Falta uma peça ou um item' }).check();
  // The evidence this problem needs is asked for, and a missing photo is named before sending.
  await page.getByText('Adicione uma foto de tudo o que veio na caixa.').waitFor();
  await page.getByLabel('O que aconteceu?').fill('A alça não veio na caixa. <b>nada</b>');
  await page.getByRole('radio', { name: 'Enviar um substituto' }).check();
  await page.getByRole('button', { name: 'Enviar a reclamação' }).click();
  await page.getByRole('alert').getByText('Este problema precisa de uma foto.').waitFor();
  expect(await page.getByLabel('Fotos').getAttribute('aria-invalid')).toBe('true');
  await page.getByLabel('Fotos').setInputFiles(photo);
  await page.getByRole('button', { name: 'Enviar a reclamação' }).click();
  await page.getByRole('heading', { name: 'Obrigado, recebemos a sua reclamação' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: screenshotPath('portal-filed-390'), fullPage: true });
  const reference = (await page.locator('strong').first().textContent())!;

  // The status link: steps so far, the photo, the thread.
  await page.getByRole('link', { name: 'Acompanhar a reclamação' }).click();
  await page.getByRole('heading', { name: /A sua reclamação/ }).waitFor();
  await page.getByRole('img', { name: 'Foto 1' }).waitFor();
  expect(await page.getByRole('img', { name: 'Foto 1' }).evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
  const staff = await apiJson<StaffComplaint>(server.url, 'GET', `/api/portal/complaints/${reference}`);
  expect(staff.body).toMatchObject({ orderId: 'W-1001', items: ['BAG-1'], language: 'pt', problem: 'part_missing' });

  // Staff answer through the API; the open page shows it without a reload.
  const url = page.url();
  // Staff answer from the inbox (a second tab), and ask for the label.
  const inbox = await browser.context.newPage();
  await inbox.goto(`${server.url}/inbox?signal=${staff.body.signalId}`);
  const pane = inbox.getByRole('region', { name: "Customer's status page" });
  // The complaint's trace sits beside it: the batch's inspection record and the customer's photo.
  await pane
    .getByRole('list', { name: 'Inspection records of the batch' })
    .getByText(/Rui Costa · conditional/)
    .waitFor();
  await pane.getByRole('img', { name: 'Sent by the customer (1)' }).waitFor();
  await pane.getByLabel('Message to the customer').fill('Pode enviar uma foto da etiqueta?');
  await pane.getByRole('button', { name: 'Send to the customer' }).click();
  await pane.getByText('Sent to the customer.').waitFor();
  await pane.getByLabel('Step the customer sees').selectOption('waiting_for_customer');
  await pane.getByRole('button', { name: 'Record step' }).click();
  await pane.getByText('Step recorded.').waitFor();
  await inbox.close();
  await page.getByText('Pode enviar uma foto da etiqueta?').waitFor({ timeout: 10_000 });
  await page.getByRole('heading', { name: 'À espera da sua resposta' }).waitFor({ timeout: 10_000 });
  expect(page.url()).toBe(url);

  // The customer answers in the thread; their words are shown as text.
  await page.getByRole('textbox', { name: 'A sua resposta' }).fill('<img src=x onerror=alert(1)> etiqueta B-2026-07');
  await page.getByRole('button', { name: 'Enviar resposta' }).click();
  await page.getByText('<img src=x onerror=alert(1)> etiqueta B-2026-07').waitFor();
  await apiJson(server.url, 'POST', `/api/portal/complaints/${reference}/steps`, { step: 'decided', note: 'replacement' }, 201);
  await page.getByRole('heading', { name: 'Decidida' }).waitFor({ timeout: 10_000 });

  // A second photo from the status page (the label that was asked for).
  await page.getByLabel('Adicionar fotos').setInputFiles(photo);
  await page.getByRole('button', { name: 'Enviar fotos' }).click();
  await page.getByRole('img', { name: 'Foto 2' }).waitFor();

  // Staff resolve the signal in the inbox: the page closes the complaint and asks one question.
  await apiJson(server.url, 'PATCH', `/api/signals/${staff.body.signalId}`, { status: 'resolved', actor: 'ana' });
  await page.getByRole('heading', { name: 'Encerrada' }).waitFor({ timeout: 10_000 });
  await page.getByRole('radio', { name: '5 – muito satisfeito' }).check();
  await page.getByLabel('Comentário (opcional)').fill('Rápido e simpático');
  await page.getByRole('button', { name: 'Enviar a resposta' }).click();
  await page.getByRole('status').getByText('Obrigado pela sua resposta.').waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: screenshotPath('portal-status-390'), fullPage: true });

  const token = url.split('/').pop()!;
  const status = await apiJson<ComplaintStatus>(server.url, 'GET', `/portal/api/status/${token}`);
  expect(status.body.messages.map((m) => m.author)).toEqual(['staff', 'customer']);
  expect(status.body.steps.map((s) => s.step)).toEqual(['received', 'assigned', 'waiting_for_customer', 'decided', 'closed']);
  expect(status.body.photos).toHaveLength(2);
  expect(status.body.satisfaction).toEqual({ score: 5, comment: 'Rápido e simpático' });
  expect(await page.locator('.portal img[src="x"]').count()).toBe(0);
  expect(broken).toEqual([]);
  expect(errors).toEqual([]);
}, 120_000);

it('files a second complaint in English, switched back from Portuguese, with a photo', async () => {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${server.url}/portal`);
  // The choice made on the first visit is kept.
  await page.getByRole('heading', { name: 'Relatar um problema com o seu pedido' }).waitFor();
  await page.getByLabel('Idioma').selectOption('en');
  await page.getByLabel('Order number').fill('W-1001');
  await page.getByLabel('Email address used for the order').fill('ana.silva@example.com');
  await page.getByRole('button', { name: 'Find my order' }).click();
  await page.getByRole('radio', { name: 'It arrived damaged' }).check();
  await page.getByText('Please add a photo of the parcel, showing the damage.').waitFor();
  await page.getByLabel('Photos').setInputFiles(photo);
  await page.getByLabel('What happened?').fill('The box was crushed and the zip is bent.');
  await page.getByRole('radio', { name: 'Refund me' }).check();
  await page.getByRole('button', { name: 'Send my complaint' }).click();
  await page.getByRole('heading', { name: 'Thank you, we have your complaint' }).waitFor();
  const reference = (await page.locator('strong').first().textContent())!;
  const staff = await apiJson<StaffComplaint>(server.url, 'GET', `/api/portal/complaints/${reference}`);
  expect(staff.body).toMatchObject({ language: 'en', problem: 'arrived_damaged', wants: 'refund' });
  expect(staff.body.photos).toHaveLength(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}, 60_000);
