import type { IssueType } from '../../contracts/signal.js';

/** One SKU as the generator needs it: more than ProductInput carries (nicknames, parts, risks). */
export interface CatalogItem {
  sku: string;
  title: string;
  category: 'apparel' | 'kitchen' | 'outdoor_travel' | 'electronics' | 'home';
  supplier: string;
  /** stock: shipped from our US or DE warehouse; direct: the supplier ships from Shenzhen. */
  fulfilment: 'stock' | 'direct';
  price: number;
  /** Relative share of orders; the incident SKUs sell more so their effects are measurable. */
  weight: number;
  variants: string[];
  /** How customers refer to it in a sentence ("the duffel"). */
  nick: string[];
  /** Parts or accessories that can go missing. */
  parts: string[];
  sizeClaim: string | null;
  materialClaim: string | null;
  /** Days between stock arrivals; each arrival is a new batch. */
  restockDays: number;
  /** Multipliers on the store-wide background rate for issue types this product attracts. */
  risk: Partial<Record<IssueType, number>>;
}

export const SUPPLIERS = {
  apparel: 'Northbay Apparel Co.',
  kitchen: 'Hanse Kitchen GmbH',
  outdoor: 'Trailmark Outfitters Ltd.',
  electronics: 'Kaiyo Electronics (Shenzhen)',
  home: 'Loomhouse Home Textiles',
  candles: 'Ember & Wick Studio',
} as const;

const SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];
const sized = (colors: string[]) => colors.flatMap((c) => SIZES.map((s) => `${c} / ${s}`));
const plugs = ['US plug', 'EU plug', 'UK plug'];

export const CATALOG: CatalogItem[] = [
  {
    sku: 'AP-RAIN-JKT', title: 'Packable Rain Shell Jacket', category: 'apparel', supplier: SUPPLIERS.apparel,
    fulfilment: 'stock', price: 89, weight: 12, variants: sized(['Black', 'Olive', 'Navy']),
    nick: ['the rain jacket', 'the shell jacket', 'the jacket'], parts: ['stuff sack', 'hood toggle'],
    sizeClaim: 'Regular fit, true to size. See the size chart for chest and sleeve length.',
    materialClaim: '2.5-layer recycled nylon, 10,000 mm waterproof rating', restockDays: 34,
    risk: { fit_size: 2.5, defect: 0.8, material_quality: 0.8 },
  },
  {
    sku: 'AP-MERINO-TEE', title: 'Merino Travel T-Shirt', category: 'apparel', supplier: SUPPLIERS.apparel,
    fulfilment: 'stock', price: 58, weight: 5, variants: sized(['Charcoal', 'Sand', 'White']),
    nick: ['the merino tee', 'the t-shirt', 'the tee'], parts: ['travel pouch'],
    sizeClaim: 'Slim fit. Size up for a relaxed fit.', materialClaim: '100% merino wool, 150 gsm',
    restockDays: 40, risk: { fit_size: 2, material_quality: 1.4, defect: 1.2 },
  },
  {
    sku: 'AP-LINEN-SHIRT', title: 'Washed Linen Shirt', category: 'apparel', supplier: SUPPLIERS.apparel,
    fulfilment: 'stock', price: 64, weight: 4, variants: sized(['White', 'Sky', 'Clay']),
    nick: ['the linen shirt', 'the shirt'], parts: ['spare button'],
    sizeClaim: 'Relaxed fit.', materialClaim: '100% European flax linen, garment washed',
    restockDays: 45, risk: { fit_size: 1.8, material_quality: 1.3 },
  },
  {
    sku: 'AP-TRAIL-SOCK', title: 'Cushioned Trail Socks (3 pairs)', category: 'apparel', supplier: SUPPLIERS.apparel,
    fulfilment: 'stock', price: 24, weight: 4, variants: ['S (EU 36-39)', 'M (EU 40-43)', 'L (EU 44-47)'],
    nick: ['the socks', 'the trail socks'], parts: ['third pair'],
    sizeClaim: 'S fits EU 36-39, M fits 40-43, L fits 44-47.', materialClaim: 'Merino blend with nylon reinforcement',
    restockDays: 38, risk: { fit_size: 1.2, defect: 1.3 },
  },
  {
    sku: 'KI-POUR-KETTLE', title: 'Gooseneck Pour-Over Kettle 1 L', category: 'kitchen', supplier: SUPPLIERS.kitchen,
    fulfilment: 'stock', price: 72, weight: 4, variants: ['Matte black', 'Brushed steel'],
    nick: ['the kettle', 'the gooseneck kettle'], parts: ['lid', 'thermometer'],
    sizeClaim: '1 litre capacity, works on gas, electric and induction.', materialClaim: '18/8 stainless steel',
    restockDays: 42, risk: { defect: 1.5, safety: 3, damaged_in_transit: 1.5 },
  },
  {
    sku: 'KI-CHEF-KNIFE', title: "8-inch Chef's Knife", category: 'kitchen', supplier: SUPPLIERS.kitchen,
    fulfilment: 'stock', price: 95, weight: 4, variants: ['Walnut handle', 'Black handle'],
    nick: ['the chef knife', 'the knife'], parts: ['blade guard', 'gift box'],
    sizeClaim: '20 cm blade', materialClaim: 'German X50CrMoV15 steel, full tang',
    restockDays: 50, risk: { defect: 1.2, material_quality: 1.2, safety: 1.5 },
  },
  {
    sku: 'KI-BAMBOO-BOARD', title: 'Bamboo Cutting Board Set (3)', category: 'kitchen', supplier: SUPPLIERS.kitchen,
    fulfilment: 'stock', price: 39, weight: 4, variants: ['Set of 3'],
    nick: ['the cutting boards', 'the board set'], parts: ['small board'],
    sizeClaim: 'Large 45 x 30 cm, medium 35 x 25 cm, small 25 x 18 cm.', materialClaim: 'Organic bamboo, food-safe oil finish',
    restockDays: 44, risk: { defect: 1.2, material_quality: 1.3, damaged_in_transit: 1.2 },
  },
  {
    sku: 'KI-GLASS-JARS', title: 'Glass Storage Jars (set of 6)', category: 'kitchen', supplier: SUPPLIERS.kitchen,
    fulfilment: 'stock', price: 42, weight: 4, variants: ['Bamboo lids', 'Steel lids'],
    nick: ['the jars', 'the storage jars'], parts: ['lid', 'seal ring'],
    sizeClaim: 'Three 500 ml and three 1 l jars', materialClaim: 'Borosilicate glass',
    restockDays: 36, risk: { damaged_in_transit: 3, missing_item: 1.5 },
  },
  {
    sku: 'OT-DUFFEL-40', title: '40 L Travel Duffel with Shoulder Strap', category: 'outdoor_travel', supplier: SUPPLIERS.outdoor,
    fulfilment: 'stock', price: 119, weight: 10, variants: ['Black', 'Forest', 'Sand'],
    nick: ['the duffel', 'the duffel bag', 'the travel bag'], parts: ['shoulder strap'],
    sizeClaim: '55 x 35 x 22 cm, fits most carry-on limits', materialClaim: '900D recycled polyester, water-resistant coating',
    restockDays: 30, risk: { defect: 1, fit_size: 0.8 },
  },
  {
    sku: 'OT-DAYPACK-20', title: '20 L Packable Daypack', category: 'outdoor_travel', supplier: SUPPLIERS.outdoor,
    fulfilment: 'stock', price: 49, weight: 5, variants: ['Black', 'Orange', 'Teal'],
    nick: ['the daypack', 'the backpack'], parts: ['chest strap'],
    sizeClaim: '20 litres, packs into its own pocket', materialClaim: 'Ripstop nylon',
    restockDays: 40, risk: { defect: 1.4 },
  },
  {
    sku: 'OT-BOTTLE-750', title: 'Insulated Bottle 750 ml', category: 'outdoor_travel', supplier: SUPPLIERS.outdoor,
    fulfilment: 'stock', price: 34, weight: 6, variants: ['Slate', 'Sage', 'Coral', 'White'],
    nick: ['the bottle', 'the water bottle', 'the flask'], parts: ['straw lid', 'cap'],
    sizeClaim: '750 ml, fits standard car cup holders', materialClaim: 'Double-wall stainless steel, keeps cold 24 h',
    restockDays: 33, risk: { defect: 1.6, fit_size: 1.4, damaged_in_transit: 1.3 },
  },
  {
    sku: 'OT-PACK-CUBES', title: 'Compression Packing Cubes (set of 4)', category: 'outdoor_travel', supplier: SUPPLIERS.outdoor,
    fulfilment: 'stock', price: 36, weight: 4, variants: ['Grey', 'Navy'],
    nick: ['the packing cubes', 'the cubes'], parts: ['small cube', 'laundry bag'],
    sizeClaim: 'Two medium, one large, one small', materialClaim: 'Lightweight ripstop with mesh top',
    restockDays: 46, risk: { defect: 1.3, missing_item: 1.3 },
  },
  {
    sku: 'EL-SMART-PLUG', title: 'Wi-Fi Smart Plug (2-pack)', category: 'electronics', supplier: SUPPLIERS.electronics,
    fulfilment: 'direct', price: 29, weight: 11, variants: plugs,
    nick: ['the smart plug', 'the plugs', 'the smart plugs'], parts: ['second plug', 'quick start card'],
    sizeClaim: 'Works with 2.4 GHz Wi-Fi, Alexa and Google Home', materialClaim: 'Flame-retardant PC housing, 10 A max',
    restockDays: 31, risk: { setup_usage: 3, defect: 1.3, safety: 1 },
  },
  {
    sku: 'EL-PWR-BANK', title: '10,000 mAh Slim Power Bank', category: 'electronics', supplier: SUPPLIERS.electronics,
    fulfilment: 'direct', price: 39, weight: 6, variants: ['Black', 'White'],
    nick: ['the power bank', 'the battery pack'], parts: ['USB-C cable'],
    sizeClaim: '10,000 mAh, 20 W USB-C PD', materialClaim: 'Aluminium shell',
    restockDays: 35, risk: { defect: 1.8, safety: 2.5, setup_usage: 1 },
  },
  {
    sku: 'EL-CAR-MOUNT', title: 'Magnetic Car Phone Mount', category: 'electronics', supplier: SUPPLIERS.electronics,
    fulfilment: 'direct', price: 26, weight: 5, variants: ['Vent clip', 'Dash mount'],
    nick: ['the car mount', 'the phone mount', 'the mount'], parts: ['metal plate', 'adhesive pad'],
    sizeClaim: 'Fits phones 4.7 to 6.9 inches; works through thin cases', materialClaim: 'N52 magnets, ABS body',
    restockDays: 37, risk: { fit_size: 2.2, defect: 1.2, setup_usage: 1.2 },
  },
  {
    sku: 'EL-USBC-CABLE', title: 'Braided USB-C Cable 2 m (2-pack)', category: 'electronics', supplier: SUPPLIERS.electronics,
    fulfilment: 'direct', price: 19, weight: 6, variants: ['USB-C to C', 'USB-A to C'],
    nick: ['the cable', 'the USB-C cable', 'the cables'], parts: ['second cable', 'cable tie'],
    sizeClaim: '2 m, 60 W charging, USB 2.0 data', materialClaim: 'Nylon braid, aluminium plugs',
    restockDays: 32, risk: { defect: 1.8, wrong_item: 1.5 },
  },
  {
    sku: 'EL-TRAVEL-ADAPT', title: 'Universal Travel Adapter with USB-C', category: 'electronics', supplier: SUPPLIERS.electronics,
    fulfilment: 'direct', price: 32, weight: 4, variants: ['Grey'],
    nick: ['the travel adapter', 'the adapter'], parts: ['carry pouch'],
    sizeClaim: 'Covers 150+ countries (US, EU, UK, AU plugs)', materialClaim: 'Fire-retardant housing',
    restockDays: 41, risk: { setup_usage: 1.5, safety: 1.5, fit_size: 1.4 },
  },
  {
    sku: 'HO-KNIT-THROW', title: 'Chunky Knit Throw Blanket', category: 'home', supplier: SUPPLIERS.home,
    fulfilment: 'stock', price: 79, weight: 9, variants: ['Cream', 'Oat', 'Charcoal'],
    nick: ['the throw', 'the knit blanket', 'the blanket'], parts: ['storage bag'],
    sizeClaim: '130 x 170 cm', materialClaim: 'Chunky knit, acrylic and wool blend',
    restockDays: 39, risk: { material_quality: 1.3, listing_mismatch: 1.2 },
  },
  {
    sku: 'HO-LINEN-SHEETS', title: 'Stonewashed Linen Sheet Set', category: 'home', supplier: SUPPLIERS.home,
    fulfilment: 'stock', price: 149, weight: 4, variants: ['Queen / White', 'Queen / Grey', 'King / White', 'King / Grey'],
    nick: ['the sheets', 'the linen sheets', 'the sheet set'], parts: ['pillowcase'],
    sizeClaim: 'Fitted sheet fits mattresses up to 35 cm deep', materialClaim: '100% French linen, stonewashed',
    restockDays: 48, risk: { fit_size: 1.5, material_quality: 1.4, wrong_item: 1.2 },
  },
  {
    sku: 'HO-SOY-CANDLE', title: 'Soy Wax Candle, Cedar & Fig', category: 'home', supplier: SUPPLIERS.candles,
    fulfilment: 'stock', price: 28, weight: 5, variants: ['200 g', '400 g'],
    nick: ['the candle', 'the cedar candle'], parts: ['lid'],
    sizeClaim: 'About 45 hours burn time (200 g)', materialClaim: 'Soy wax, cotton wick, phthalate-free fragrance',
    restockDays: 35, risk: { damaged_in_transit: 2, safety: 2, material_quality: 1.2 },
  },
];

export const CATALOG_BY_SKU = new Map(CATALOG.map((p) => [p.sku, p]));

export function catalogItem(sku: string): CatalogItem {
  const item = CATALOG_BY_SKU.get(sku);
  if (!item) throw new Error(`demo catalog has no SKU ${sku}`);
  return item;
}

export function pageUrl(item: CatalogItem): string {
  return `https://shop.example.com/products/${item.sku.toLowerCase()}`;
}
