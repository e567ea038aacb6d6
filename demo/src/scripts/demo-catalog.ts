// Demo seed data written for this project: the demo store's catalog for "you may also like".

export type DemoCategory = { handle: string; name: string; description: string }

export type DemoProduct = {
  handle: string
  title: string
  subtitle?: string
  description: string
  category: string
  type: string
  collection?: string
  tags: string[]
  material?: string
  option: { title: string; values: string[] }
  price: number
}

export type DemoCollection = { handle: string; title: string }

export const demoCategories: DemoCategory[] = [
  {
    handle: "coffee-tea",
    name: "Coffee & Tea",
    description:
      "Coffee beans, loose-leaf tea and the brewing gear to make a great cup " +
      "at home: grinders, pour-over drippers, kettles, scales and cups.",
  },
  {
    handle: "kitchen-cookware",
    name: "Kitchen & Cookware",
    description:
      "Pans, pots, knives, utensils and baking tools for " +
      "everyday home cooking, built to last for years.",
  },
  {
    handle: "running-fitness",
    name: "Running & Fitness",
    description:
      "Running shoes, training apparel, sports watches and " +
      "strength equipment for runners and home workouts.",
  },
  {
    handle: "outdoor-camping",
    name: "Outdoor & Camping",
    description:
      "Tents, sleeping bags, backpacks, stoves and lights for " +
      "hiking, backpacking and weekends under the stars.",
  },
  {
    handle: "audio-headphones",
    name: "Audio & Headphones",
    description:
      "Headphones, earbuds, speakers, turntables and microphones " +
      "for music, films, calls and podcasts.",
  },
  {
    handle: "home-office",
    name: "Home Office",
    description:
      "Desks, chairs, lamps, keyboards and desk accessories " +
      "for a comfortable and productive workspace at home.",
  },
  {
    handle: "skincare",
    name: "Skincare",
    description:
      "Cleansers, serums, moisturisers, sun protection and body " +
      "care with clear ingredient lists for every skin type.",
  },
  {
    handle: "books-stationery",
    name: "Books & Stationery",
    description:
      "Notebooks, fountain pens, inks, art supplies, " +
      "planners and a small shelf of practical books.",
  },
  {
    handle: "pets",
    name: "Pets",
    description: "Beds, food, toys, leashes and feeding and grooming essentials for dogs and cats.",
  },
  {
    handle: "kids-toys",
    name: "Kids & Toys",
    description:
      "Wooden toys, building sets, puzzles, games and creative " +
      "kits for babies, toddlers and school-age children.",
  },
  {
    handle: "garden",
    name: "Garden",
    description:
      "Hand tools, planters, seeds, watering and wildlife-friendly " +
      "accessories for gardens, balconies and allotments.",
  },
  {
    handle: "yoga-meditation",
    name: "Yoga & Meditation",
    description:
      "Yoga mats, props, apparel and meditation cushions for home practice and the studio.",
  },
]

export const demoCollections: DemoCollection[] = [
  { handle: "summer-essentials", title: "Summer Essentials" },
  { handle: "gift-ideas", title: "Gift Ideas" },
  { handle: "eco-friendly", title: "Eco Friendly" },
  { handle: "new-arrivals", title: "New Arrivals" },
  { handle: "best-sellers", title: "Best Sellers" },
]

export const demoProducts: DemoProduct[] = [
  // Coffee & Tea
  {
    handle: "conical-burr-hand-grinder",
    title: "Conical Burr Hand Grinder",
    subtitle: "40 click settings from espresso to French press",
    description:
      "A manual coffee grinder with a 38 mm stainless steel conical burr " +
      "and 40 click-stop settings, from fine espresso to coarse French " +
      "press. The aluminium body holds 25 g of beans, enough for two cups, " +
      "and the folding crank makes it easy to pack for travel.",
    category: "coffee-tea",
    type: "Coffee Equipment",
    collection: "best-sellers",
    tags: ["coffee", "grinder", "manual"],
    material: "Stainless steel and aluminium",
    option: { title: "Color", values: ["Matte Black", "Silver"] },
    price: 69,
  },
  {
    handle: "ceramic-pour-over-dripper",
    title: "Ceramic Pour-Over Dripper",
    description:
      "A cone-shaped coffee dripper made of glazed porcelain with spiral ribs and " +
      "a single 14 mm outlet for an even, controlled flow. It fits size 02 paper " +
      "filters and brews one to four cups directly into a mug or carafe.",
    category: "coffee-tea",
    type: "Coffee Equipment",
    tags: ["coffee", "pour-over", "ceramic"],
    material: "Glazed porcelain",
    option: { title: "Color", values: ["White", "Charcoal", "Sand"] },
    price: 24.9,
  },
  {
    handle: "gooseneck-pour-over-kettle",
    title: "Gooseneck Pour-Over Kettle",
    subtitle: "0.9 L with lid thermometer",
    description:
      "A stovetop kettle with a narrow gooseneck spout that gives precise control " +
      "over the flow rate when brewing pour-over coffee. The thermometer in the lid " +
      "shows water temperature from 40 to 100 °C, and the 0.9 L capacity suits brewing " +
      "for up to three people. Works on gas, electric and induction hobs.",
    category: "coffee-tea",
    type: "Coffee Equipment",
    tags: ["coffee", "kettle", "pour-over"],
    material: "Stainless steel",
    option: { title: "Color", values: ["Brushed Steel", "Matte Black"] },
    price: 54,
  },
  {
    handle: "ethiopia-yirgacheffe-whole-bean-coffee",
    title: "Ethiopia Yirgacheffe Whole Bean Coffee",
    subtitle: "Light roast, washed Arabica",
    description:
      "Single-origin washed Arabica from smallholder farms in Yirgacheffe, " +
      "light roasted to bring out notes of jasmine, bergamot and lemon. " +
      "Roasted in small batches and packed in a resealable bag with a one-way " +
      "degassing valve. Best for filter and pour-over brewing.",
    category: "coffee-tea",
    type: "Coffee Beans",
    tags: ["coffee", "beans", "single-origin"],
    option: { title: "Size", values: ["250 g", "500 g", "1 kg"] },
    price: 14.5,
  },
  {
    handle: "dark-roast-espresso-blend",
    title: "Dark Roast Espresso Blend",
    description:
      "A blend of Brazilian and Sumatran Arabica with 20% Robusta, roasted " +
      "dark for a thick crema and flavours of cocoa, roasted hazelnut and " +
      "molasses. Made for espresso machines and moka pots, and holds its " +
      "own in milk drinks such as cappuccino and flat white.",
    category: "coffee-tea",
    type: "Coffee Beans",
    tags: ["coffee", "espresso", "beans"],
    option: { title: "Size", values: ["250 g", "500 g", "1 kg"] },
    price: 12.9,
  },
  {
    handle: "unbleached-paper-coffee-filters",
    title: "Unbleached Paper Coffee Filters",
    subtitle: "Box of 100",
    description:
      "Cone-shaped paper filters made from unbleached, chlorine-free pulp, compatible with " +
      "most ceramic, glass and plastic pour-over drippers. A quick rinse with hot water " +
      "removes any papery taste. Box of 100 filters, compostable with the used coffee grounds.",
    category: "coffee-tea",
    type: "Coffee Accessories",
    tags: ["coffee", "filters", "pour-over"],
    material: "Unbleached paper",
    option: { title: "Size", values: ["Size 01", "Size 02", "Size 04"] },
    price: 5.9,
  },
  {
    handle: "digital-coffee-scale-with-timer",
    title: "Digital Coffee Scale with Timer",
    description:
      "A compact scale that weighs up to 2 kg in 0.1 g steps and has a built-in timer to track " +
      "bloom and total brew time. The silicone pad protects it from heat and spills, and it " +
      "recharges via USB-C. Small enough to fit on an espresso machine drip tray.",
    category: "coffee-tea",
    type: "Coffee Equipment",
    tags: ["coffee", "scale", "pour-over"],
    option: { title: "Color", values: ["Black", "White"] },
    price: 39,
  },
  {
    handle: "double-walled-travel-mug",
    title: "Double-Walled Travel Mug",
    subtitle: "350 ml, leak-proof lid",
    description:
      "A vacuum-insulated stainless steel travel mug that keeps coffee hot for 6 hours " +
      "and iced drinks cold for 12. The leak-proof lid has a one-handed flip opening, and " +
      "the 350 ml mug fits most car cup holders and fits under most coffee machines.",
    category: "coffee-tea",
    type: "Drinkware",
    collection: "best-sellers",
    tags: ["coffee", "travel", "mug", "insulated"],
    material: "Stainless steel",
    option: { title: "Color", values: ["Forest Green", "Slate", "Cream"] },
    price: 22,
  },
  {
    handle: "cast-iron-japanese-teapot",
    title: "Cast Iron Japanese Teapot",
    description:
      "A 0.8 L tetsubin-style teapot of enamel-lined cast iron with a removable stainless " +
      "steel infuser basket for loose-leaf tea. The heavy body keeps tea warm for a long " +
      "time at the table. Designed for brewing only, not for heating on a stove.",
    category: "coffee-tea",
    type: "Tea Equipment",
    collection: "gift-ideas",
    tags: ["tea", "teapot", "loose-leaf"],
    material: "Enamelled cast iron",
    option: { title: "Color", values: ["Black", "Deep Blue"] },
    price: 48,
  },
  {
    handle: "organic-sencha-green-tea",
    title: "Organic Sencha Green Tea",
    description:
      "Steamed Japanese green tea leaves from organic gardens in Shizuoka, with " +
      "a fresh, grassy flavour and a sweet finish. Brew 3 g per cup at 70-80 " +
      "°C for one minute; the leaves can be infused two or three times.",
    category: "coffee-tea",
    type: "Tea",
    collection: "eco-friendly",
    tags: ["tea", "green-tea", "organic"],
    option: { title: "Size", values: ["100 g", "250 g"] },
    price: 11.5,
  },
  {
    handle: "glass-french-press",
    title: "Glass French Press",
    description:
      "A classic plunger coffee maker with a heat-resistant borosilicate glass beaker, " +
      "a stainless steel frame and a four-layer mesh filter. Makes full-bodied coffee " +
      "in four minutes and also works for loose-leaf tea and cold brew.",
    category: "coffee-tea",
    type: "Coffee Equipment",
    tags: ["coffee", "french-press", "glass"],
    material: "Borosilicate glass and stainless steel",
    option: { title: "Size", values: ["0.35 L", "0.6 L", "1 L"] },
    price: 29.9,
  },
  {
    handle: "stovetop-moka-pot",
    title: "Stovetop Moka Pot",
    description:
      "An octagonal aluminium stovetop coffee maker that brews strong, espresso-style " +
      "coffee in about five minutes on gas or electric hobs (not induction). Comes " +
      "with a heat-resistant handle and a replaceable silicone gasket.",
    category: "coffee-tea",
    type: "Coffee Equipment",
    tags: ["coffee", "moka-pot", "espresso"],
    material: "Aluminium",
    option: { title: "Size", values: ["3 Cup", "6 Cup", "9 Cup"] },
    price: 34,
  },
  {
    handle: "cold-brew-coffee-maker",
    title: "Cold Brew Coffee Maker",
    subtitle: "1.5 L pitcher with mesh filter",
    description:
      "A 1.5 L glass pitcher with a fine stainless steel mesh filter for " +
      "steeping coarse-ground coffee in cold water for 12 to 24 hours. It " +
      "makes a smooth, low-acid concentrate that keeps in the fridge for " +
      "up to two weeks, and the slim shape fits in a fridge door.",
    category: "coffee-tea",
    type: "Coffee Equipment",
    collection: "summer-essentials",
    tags: ["coffee", "cold-brew", "iced"],
    material: "Borosilicate glass",
    option: { title: "Color", values: ["Clear", "Smoke"] },
    price: 32,
  },
  {
    handle: "matcha-whisk-and-bowl-set",
    title: "Matcha Whisk and Bowl Set",
    description:
      "<p>Everything needed to prepare traditional whisked matcha at home:</p><ul><li>a " +
      "hand-thrown ceramic chawan bowl</li><li>a 100-prong bamboo chasen whisk</li><li>a " +
      "bamboo scoop and a ceramic whisk holder</li></ul><p>The wide bowl leaves " +
      "room to whisk the tea into a fine foam.</p>",
    category: "coffee-tea",
    type: "Tea Equipment",
    collection: "gift-ideas",
    tags: ["tea", "matcha", "gift"],
    material: "Bamboo and ceramic",
    option: { title: "Color", values: ["Stone Grey", "Celadon"] },
    price: 36,
  },
  {
    handle: "porcelain-espresso-cups",
    title: "Porcelain Espresso Cups",
    subtitle: "Set of 4 with saucers",
    description:
      "Four thick-walled 80 ml porcelain cups with matching saucers, designed to keep " +
      "a double espresso hot while you drink it. Dishwasher and microwave safe.",
    category: "coffee-tea",
    type: "Drinkware",
    tags: ["coffee", "espresso", "cups"],
    material: "Porcelain",
    option: { title: "Color", values: ["White", "Terracotta"] },
    price: 26,
  },
  // Kitchen & Cookware
  {
    handle: "pre-seasoned-cast-iron-skillet",
    title: "Pre-Seasoned Cast Iron Skillet",
    description:
      "A pre-seasoned cast iron frying pan that holds heat evenly for searing " +
      "steak, frying potatoes or baking cornbread in the oven. Works on " +
      "every hob including induction, and over a campfire. Two pouring lips " +
      "and a helper handle make it easier to lift when full.",
    category: "kitchen-cookware",
    type: "Cookware",
    collection: "best-sellers",
    tags: ["cookware", "cast-iron", "skillet"],
    material: "Cast iron",
    option: { title: "Size", values: ["20 cm", "25 cm", "28 cm"] },
    price: 44.9,
  },
  {
    handle: "tri-ply-stainless-steel-saucepan-set",
    title: "Tri-Ply Stainless Steel Saucepan Set",
    description:
      "Saucepans with an aluminium core sandwiched between layers of stainless " +
      "steel for even heating without hot spots. The three-piece set includes " +
      "1.5 L, 2 L and 3 L pans with glass lids and riveted stay-cool handles. " +
      "Oven safe to 220 °C and dishwasher safe.",
    category: "kitchen-cookware",
    type: "Cookware",
    tags: ["cookware", "saucepans", "stainless-steel"],
    material: "Tri-ply stainless steel",
    option: { title: "Set", values: ["3 Pieces", "5 Pieces"] },
    price: 119,
  },
  {
    handle: "damascus-steel-chefs-knife",
    title: "Damascus Steel Chef's Knife",
    description:
      "An all-purpose chef's knife forged from 67-layer Damascus steel around a hard VG-10 " +
      "core and sharpened to a 15° edge on each side. The octagonal pakkawood handle gives " +
      "a secure grip for slicing, dicing and mincing vegetables, meat and herbs.",
    category: "kitchen-cookware",
    type: "Kitchen Knives",
    collection: "gift-ideas",
    tags: ["knives", "chef-knife", "damascus"],
    material: "Damascus steel and pakkawood",
    option: { title: "Size", values: ["16 cm", "20 cm"] },
    price: 79,
  },
  {
    handle: "end-grain-walnut-cutting-board",
    title: "End-Grain Walnut Cutting Board",
    description:
      "A thick end-grain cutting board made from solid walnut blocks, which is gentle " +
      "on knife edges and hides cut marks. It has a juice groove on one side and rubber " +
      "feet to stop it sliding. Oil monthly with food-safe mineral oil.",
    category: "kitchen-cookware",
    type: "Kitchen Tools",
    tags: ["cutting-board", "wood", "knives"],
    material: "Solid walnut",
    option: { title: "Size", values: ["Medium", "Large"] },
    price: 64,
  },
  {
    handle: "enamelled-cast-iron-dutch-oven",
    title: "Enamelled Cast Iron Dutch Oven",
    subtitle: "5 L round casserole",
    description:
      "A 5 L round enamelled cast iron casserole for braises, stews, soups and no-knead " +
      "bread. The tight-fitting lid has self-basting spikes underneath that drip moisture " +
      "back onto the food. Oven safe to 250 °C and suitable for induction.",
    category: "kitchen-cookware",
    type: "Cookware",
    tags: ["cookware", "dutch-oven", "braising"],
    material: "Enamelled cast iron",
    option: { title: "Color", values: ["Cherry Red", "Navy", "Sage"] },
    price: 89,
  },
  {
    handle: "silicone-spatula-set",
    title: "Silicone Spatula Set",
    subtitle: "4 pieces",
    description:
      "Four heat-resistant spatulas in different sizes with seamless silicone " +
      "heads over a steel core, safe up to 260 °C. Ideal for scraping bowls, " +
      "folding cake batter and stirring sauces in non-stick pans.",
    category: "kitchen-cookware",
    type: "Kitchen Tools",
    tags: ["utensils", "silicone", "baking"],
    material: "Food-grade silicone",
    option: { title: "Color", values: ["Grey", "Mint", "Coral"] },
    price: 16.9,
  },
  {
    handle: "instant-read-meat-thermometer",
    title: "Instant-Read Meat Thermometer",
    description:
      "A digital thermometer that gives a reading in 3 seconds, for checking roasts, " +
      "poultry, fish and sugar syrup from -50 to 300 °C. The backlit display rotates " +
      "for left- or right-handed use, and folding the probe away switches it off.",
    category: "kitchen-cookware",
    type: "Kitchen Tools",
    tags: ["thermometer", "meat", "bbq"],
    option: { title: "Color", values: ["Black", "Red"] },
    price: 27,
  },
  {
    handle: "bamboo-cooking-utensil-set",
    title: "Bamboo Cooking Utensil Set",
    description:
      "Six cooking utensils - spoon, slotted spoon, spatula, turner, fork and " +
      "tongs - carved from sustainably harvested bamboo, with a matching holder. " +
      "Bamboo will not scratch non-stick pans and does not absorb odours.",
    category: "kitchen-cookware",
    type: "Kitchen Tools",
    tags: ["utensils", "bamboo", "non-stick"],
    material: "Bamboo",
    option: { title: "Set", values: ["6 Pieces"] },
    price: 22,
  },
  {
    handle: "ceramic-non-stick-frying-pan",
    title: "Ceramic Non-Stick Frying Pan",
    description:
      "A lightweight aluminium pan with a PFAS-free ceramic non-stick coating for eggs, " +
      "pancakes and delicate fish. A magnetic steel base makes it suitable for induction " +
      "as well as gas and electric hobs. Hand wash to keep the coating at its best.",
    category: "kitchen-cookware",
    type: "Cookware",
    tags: ["cookware", "frying-pan", "non-stick"],
    material: "Aluminium with ceramic coating",
    option: { title: "Size", values: ["20 cm", "24 cm", "28 cm"] },
    price: 39,
  },
  {
    handle: "tilt-head-stand-mixer",
    title: "Tilt-Head Stand Mixer",
    subtitle: "1000 W, 5 L bowl",
    description:
      "A 1000 W tilt-head stand mixer with a 5 L stainless steel bowl, ten speeds " +
      "and three attachments: dough hook, flat beater and balloon whisk. It kneads " +
      "bread dough for two loaves at once and whips cream in under two minutes.",
    category: "kitchen-cookware",
    type: "Kitchen Appliances",
    tags: ["mixer", "baking", "appliance"],
    material: "Die-cast metal",
    option: { title: "Color", values: ["Cream", "Graphite", "Pistachio"] },
    price: 249,
  },
  {
    handle: "glass-meal-prep-containers",
    title: "Glass Meal Prep Containers",
    description:
      "Rectangular borosilicate glass containers from 370 ml to 1.5 L with airtight, " +
      "leak-proof lids that clip on four sides. They go from freezer to oven (without " +
      "the lids) and are dishwasher safe, ideal for meal prep and leftovers.",
    category: "kitchen-cookware",
    type: "Kitchen Storage",
    collection: "eco-friendly",
    tags: ["storage", "glass", "meal-prep"],
    material: "Borosilicate glass",
    option: { title: "Set", values: ["5 Pieces", "10 Pieces"] },
    price: 34.9,
  },
  {
    handle: "sourdough-proofing-basket-kit",
    title: "Sourdough Proofing Basket Kit",
    description:
      "A 25 cm natural rattan banneton with a linen liner, plus a dough scraper, a bread " +
      "lame with five blades and a Danish dough whisk. The basket gives sourdough loaves " +
      "their spiral flour pattern and helps them hold their shape during the final rise.",
    category: "kitchen-cookware",
    type: "Baking",
    collection: "new-arrivals",
    tags: ["baking", "sourdough", "bread"],
    material: "Rattan and linen",
    option: { title: "Shape", values: ["Round", "Oval"] },
    price: 28,
  },
  {
    handle: "marble-mortar-and-pestle",
    title: "Marble Mortar and Pestle",
    description:
      "A heavy 15 cm mortar and pestle carved from marble, polished outside " +
      "with an unpolished grinding surface inside. It crushes whole spices, " +
      "garlic and herbs and is big enough for a batch of pesto or guacamole.",
    category: "kitchen-cookware",
    type: "Kitchen Tools",
    tags: ["spices", "mortar", "marble"],
    material: "Marble",
    option: { title: "Color", values: ["White", "Black"] },
    price: 29,
  },
  {
    handle: "stonewashed-linen-apron",
    title: "Stonewashed Linen Apron",
    description:
      "A full-length apron of stonewashed European linen with an adjustable " +
      "neck strap, long waist ties and two deep front pockets. Pre-washed " +
      "for softness, it gets softer with every wash.",
    category: "kitchen-cookware",
    type: "Kitchen Textiles",
    tags: ["apron", "linen", "textiles"],
    material: "Linen",
    option: { title: "Color", values: ["Natural", "Charcoal", "Rust"] },
    price: 32,
  },
  {
    handle: "adjustable-mandoline-slicer",
    title: "Adjustable Mandoline Slicer",
    description:
      "A mandoline with a stainless steel V-blade that slices vegetables from " +
      "1 to 9 mm thick, plus julienne and crinkle-cut inserts. A food holder " +
      "and a cut-resistant glove are included to keep fingers safe.",
    category: "kitchen-cookware",
    type: "Kitchen Tools",
    tags: ["slicer", "vegetables", "prep"],
    material: "Stainless steel and plastic",
    option: { title: "Color", values: ["Black", "Green"] },
    price: 34,
  },
  // Running & Fitness
  {
    handle: "lightweight-road-running-shoes",
    title: "Lightweight Road Running Shoes",
    subtitle: "240 g, 8 mm drop",
    description:
      "Neutral road running shoes weighing 240 g, with a responsive foam midsole and an 8 " +
      "mm heel-to-toe drop for daily training and races up to the half marathon. The " +
      "engineered mesh upper breathes well, and the rubber outsole covers the high-wear zones.",
    category: "running-fitness",
    type: "Running Shoes",
    collection: "best-sellers",
    tags: ["running", "shoes", "road"],
    material: "Engineered mesh and foam",
    option: { title: "Size", values: ["EU 40", "EU 42", "EU 44", "EU 46"] },
    price: 119,
  },
  {
    handle: "trail-running-shoes-with-rock-plate",
    title: "Trail Running Shoes with Rock Plate",
    description:
      "Trail running shoes with 5 mm lugs for grip on mud and loose gravel, a flexible " +
      "rock plate that protects against sharp stones, and a gusseted tongue that keeps " +
      "out debris. A reinforced toe cap protects on technical, rocky terrain.",
    category: "running-fitness",
    type: "Running Shoes",
    tags: ["running", "shoes", "trail"],
    material: "Ripstop mesh and rubber",
    option: { title: "Size", values: ["EU 40", "EU 42", "EU 44", "EU 46"] },
    price: 135,
  },
  {
    handle: "gps-running-watch",
    title: "GPS Running Watch",
    description:
      "<p>A running watch with multi-band GPS, wrist-based heart rate and " +
      "up to 20 hours of battery in training mode.</p><ul><li>Tracks pace, " +
      "distance, cadence and interval sessions</li><li>Suggests recovery time " +
      "after hard workouts</li><li>Water resistant to 50 m</li></ul>",
    category: "running-fitness",
    type: "Fitness Trackers",
    collection: "gift-ideas",
    tags: ["running", "watch", "gps"],
    option: { title: "Color", values: ["Black", "Ocean Blue"] },
    price: 199,
  },
  {
    handle: "trail-running-hydration-vest",
    title: "Trail Running Hydration Vest",
    subtitle: "5 L with two 500 ml soft flasks",
    description:
      "A close-fitting running vest with 5 L of storage and two 500 ml soft flasks in " +
      "the chest pockets. The stretch mesh stops it bouncing on long trail runs and " +
      "ultramarathons, and there is room for a rain jacket and the mandatory race kit.",
    category: "running-fitness",
    type: "Running Accessories",
    tags: ["running", "hydration", "trail"],
    material: "Stretch mesh",
    option: { title: "Size", values: ["S", "M", "L"] },
    price: 79,
  },
  {
    handle: "adjustable-dumbbells",
    title: "Adjustable Dumbbells",
    subtitle: "2 to 24 kg with a twist of the dial",
    description:
      "Adjustable dumbbells that change from 2 to 24 kg each with a twist of a " +
      "dial, replacing 15 pairs of fixed weights. A space-saving choice for home " +
      "strength training, each dumbbell comes with its own storage tray.",
    category: "running-fitness",
    type: "Strength Equipment",
    tags: ["strength", "dumbbells", "home-gym"],
    material: "Steel",
    option: { title: "Quantity", values: ["Single", "Pair"] },
    price: 289,
  },
  {
    handle: "latex-resistance-band-set",
    title: "Latex Resistance Band Set",
    description:
      "Five latex loop bands from extra light to extra heavy for glute activation, " +
      "mobility drills, physiotherapy exercises and warm-ups. They are colour-coded " +
      "by resistance and come with a mesh carry bag.",
    category: "running-fitness",
    type: "Strength Equipment",
    tags: ["strength", "bands", "mobility"],
    material: "Natural latex",
    option: { title: "Set", values: ["5 Bands"] },
    price: 24.9,
  },
  {
    handle: "textured-foam-roller",
    title: "Textured Foam Roller",
    description:
      "A firm EVA foam roller with a textured grid surface that massages tight " +
      "calves, quads, IT bands and back muscles after running or lifting. " +
      "The hollow core keeps it light while supporting up to 150 kg.",
    category: "running-fitness",
    type: "Recovery",
    tags: ["recovery", "foam-roller", "massage"],
    material: "EVA foam",
    option: { title: "Size", values: ["33 cm", "45 cm"] },
    price: 29,
  },
  {
    handle: "mens-5-inch-running-shorts",
    title: "Men's 5-Inch Running Shorts",
    description:
      "Lightweight running shorts with a 5-inch inseam, a built-in brief liner and " +
      "a zipped back pocket for keys or energy gels. Made from recycled polyester " +
      "that dries quickly, with reflective details for running in low light.",
    category: "running-fitness",
    type: "Running Apparel",
    tags: ["running", "shorts", "apparel"],
    material: "Recycled polyester",
    option: { title: "Size", values: ["S", "M", "L", "XL"] },
    price: 39,
  },
  {
    handle: "womens-high-waist-running-leggings",
    title: "Women's High-Waist Running Leggings",
    description:
      "Full-length running leggings with a high, wide waistband, side pockets " +
      "that hold a phone without bouncing and a zipped key pocket. The " +
      "sweat-wicking, squat-proof fabric has four-way stretch.",
    category: "running-fitness",
    type: "Running Apparel",
    tags: ["running", "leggings", "apparel"],
    material: "Nylon and elastane",
    option: { title: "Size", values: ["XS", "S", "M", "L"] },
    price: 59,
  },
  {
    handle: "cast-iron-kettlebell",
    title: "Cast Iron Kettlebell",
    description:
      "A solid cast iron kettlebell with a wide, textured handle and a " +
      "flat base, finished in powder coat for a secure grip. Used for swings, " +
      "goblet squats, Turkish get-ups and conditioning circuits.",
    category: "running-fitness",
    type: "Strength Equipment",
    tags: ["strength", "kettlebell", "home-gym"],
    material: "Cast iron",
    option: { title: "Weight", values: ["8 kg", "12 kg", "16 kg", "20 kg"] },
    price: 54,
  },
  {
    handle: "chest-strap-heart-rate-monitor",
    title: "Chest Strap Heart Rate Monitor",
    description:
      "A Bluetooth and ANT+ heart rate sensor on a soft textile chest strap, more accurate " +
      "than wrist readings during intervals and weight training. It connects to running " +
      "watches, bike computers and training apps, and its coin cell lasts about a year.",
    category: "running-fitness",
    type: "Fitness Trackers",
    tags: ["running", "heart-rate", "sensor"],
    material: "Textile strap",
    option: { title: "Size", values: ["S-M", "L-XL"] },
    price: 59,
  },
  {
    handle: "ball-bearing-speed-jump-rope",
    title: "Ball-Bearing Speed Jump Rope",
    description:
      "A fast skipping rope with a coated steel cable, ball-bearing aluminium " +
      "handles and an adjustable length for users up to 2 m tall. Built " +
      "for double-unders, boxing conditioning and warm-ups.",
    category: "running-fitness",
    type: "Fitness Accessories",
    tags: ["conditioning", "jump-rope", "cardio"],
    material: "Coated steel cable",
    option: { title: "Color", values: ["Black", "Red"] },
    price: 14.9,
  },
  {
    handle: "reflective-running-phone-armband",
    title: "Reflective Running Phone Armband",
    description:
      "A stretchy elastane armband that holds phones up to 6.9 inches, with " +
      "a touch-sensitive window, a key slot and reflective strips for running " +
      "at night. The sweat-resistant fabric is hand washable.",
    category: "running-fitness",
    type: "Running Accessories",
    tags: ["running", "phone", "reflective"],
    material: "Elastane",
    option: { title: "Size", values: ["S-M", "L-XL"] },
    price: 17.9,
  },
  {
    handle: "graduated-compression-running-socks",
    title: "Graduated Compression Running Socks",
    description:
      "Knee-high graduated compression socks that support the calves and " +
      "help circulation on long runs and recovery days. Cushioned soles, " +
      "seamless toes and a moisture-wicking nylon blend keep feet dry.",
    category: "running-fitness",
    type: "Running Apparel",
    tags: ["running", "socks", "recovery"],
    material: "Nylon and elastane",
    option: { title: "Size", values: ["S", "M", "L"] },
    price: 19.9,
  },
  {
    handle: "foldable-adjustable-weight-bench",
    title: "Foldable Adjustable Weight Bench",
    description:
      "A weight bench with seven backrest positions from decline to " +
      "90° upright, rated to 300 kg. It folds flat to slide under a " +
      "bed and has transport wheels for moving it around a home gym.",
    category: "running-fitness",
    type: "Strength Equipment",
    collection: "new-arrivals",
    tags: ["strength", "bench", "home-gym"],
    material: "Steel and PU leather",
    option: { title: "Color", values: ["Black"] },
    price: 149,
  },
  // Outdoor & Camping
  {
    handle: "two-person-backpacking-tent",
    title: "Two-Person Backpacking Tent",
    subtitle: "1.7 kg freestanding",
    description:
      "A freestanding double-wall tent weighing 1.7 kg, with two doors, " +
      "two vestibules and aluminium poles. The silnylon fly has a 3000 mm " +
      "waterproof rating, and the whole tent packs down to 45 x 15 cm.",
    category: "outdoor-camping",
    type: "Tents",
    collection: "summer-essentials",
    tags: ["camping", "tent", "backpacking"],
    material: "Ripstop nylon and aluminium",
    option: { title: "Color", values: ["Olive", "Orange"] },
    price: 229,
  },
  {
    handle: "compact-camping-gas-stove",
    title: "Compact Camping Gas Stove",
    description:
      "A 78 g canister stove with piezo ignition and a 2600 W burner that boils " +
      "a litre of water in about 3.5 minutes. It screws onto standard threaded " +
      "gas cartridges and folds into a small plastic case for the backpack.",
    category: "outdoor-camping",
    type: "Camping Cookware",
    tags: ["camping", "stove", "cooking"],
    material: "Stainless steel and aluminium",
    option: { title: "Color", values: ["Silver"] },
    price: 39,
  },
  {
    handle: "down-mummy-sleeping-bag",
    title: "Down Mummy Sleeping Bag",
    subtitle: "Comfort 0 °C, limit -5 °C",
    description:
      "A mummy-shaped sleeping bag filled with 600 g of responsibly sourced 700-fill-power " +
      "duck down, with a comfort rating of 0 °C and a limit of -5 °C. It has a draught " +
      "collar, a hood with drawcord and comes with a compression stuff sack.",
    category: "outdoor-camping",
    type: "Sleeping Bags",
    tags: ["camping", "sleeping-bag", "down"],
    material: "Duck down and nylon",
    option: { title: "Size", values: ["Regular", "Long"] },
    price: 249,
  },
  {
    handle: "self-inflating-sleeping-pad",
    title: "Self-Inflating Sleeping Pad",
    description:
      "A 5 cm thick self-inflating mattress with open-cell foam and an " +
      "R-value of 4.2 for three-season camping on cold ground. It rolls " +
      "up to the size of a water bottle and includes a repair kit.",
    category: "outdoor-camping",
    type: "Sleeping Bags",
    tags: ["camping", "sleeping-pad", "insulation"],
    material: "Open-cell foam and polyester",
    option: { title: "Size", values: ["Regular", "Wide"] },
    price: 89,
  },
  {
    handle: "carbon-trekking-poles",
    title: "Carbon Trekking Poles",
    description:
      "Three-section carbon fibre trekking poles that adjust from 105 to 135 " +
      "cm with quick flick-locks. Cork grips absorb sweat, and the pair comes " +
      "with rubber tips for asphalt and snow baskets for winter hiking.",
    category: "outdoor-camping",
    type: "Hiking Gear",
    tags: ["hiking", "trekking-poles", "carbon"],
    material: "Carbon fibre and cork",
    option: { title: "Set", values: ["Pair"] },
    price: 69,
  },
  {
    handle: "40-l-hiking-backpack",
    title: "40 L Hiking Backpack",
    description:
      "A 40 litre trekking rucksack with an adjustable back system, a ventilated mesh " +
      "back panel and hip belt pockets. It has a separate sleeping bag compartment, " +
      "a hydration sleeve and an integrated rain cover for multi-day hut treks.",
    category: "outdoor-camping",
    type: "Backpacks",
    tags: ["hiking", "backpack", "trekking"],
    material: "Recycled nylon",
    option: { title: "Color", values: ["Forest", "Rust", "Black"] },
    price: 139,
  },
  {
    handle: "rechargeable-led-headlamp",
    title: "Rechargeable LED Headlamp",
    subtitle: "400 lumens, USB-C",
    description:
      "A 400 lumen headlamp with white and red light modes, a rechargeable " +
      "USB-C battery and a tilting lamp head. It runs up to 40 hours " +
      "on the low setting and is IPX4 rated against rain.",
    category: "outdoor-camping",
    type: "Lighting",
    collection: "best-sellers",
    tags: ["camping", "headlamp", "lighting"],
    option: { title: "Color", values: ["Black", "Orange"] },
    price: 34.9,
  },
  {
    handle: "titanium-camping-cookset",
    title: "Titanium Camping Cookset",
    description:
      "A titanium pot and pan set weighing only 170 g, with folding handles " +
      "and a lid that doubles as a strainer. The 750 ml pot has room for " +
      "a small gas canister and stove inside for compact packing.",
    category: "outdoor-camping",
    type: "Camping Cookware",
    tags: ["camping", "cookware", "titanium"],
    material: "Titanium",
    option: { title: "Set", values: ["2 Pieces"] },
    price: 59,
  },
  {
    handle: "insulated-hiking-water-bottle",
    title: "Insulated Hiking Water Bottle",
    subtitle: "1 L, wide mouth",
    description:
      "A 1 L vacuum-insulated stainless steel bottle that keeps water cold for 24 hours " +
      "or tea hot for 12 on hikes and camping trips. The wide mouth takes ice cubes " +
      "and is easy to clean, and the powder-coated finish resists scratches.",
    category: "outdoor-camping",
    type: "Hydration",
    collection: "summer-essentials",
    tags: ["hiking", "bottle", "insulated"],
    material: "Stainless steel",
    option: { title: "Color", values: ["Glacier", "Moss", "Black"] },
    price: 32,
  },
  {
    handle: "squeeze-water-filter",
    title: "Squeeze Water Filter",
    description:
      "A hollow-fibre squeeze filter that removes 99.9999% of bacteria and protozoa " +
      "from lake and stream water. It screws onto standard bottles and soft pouches " +
      "and filters up to 1500 litres before it needs replacing.",
    category: "outdoor-camping",
    type: "Hydration",
    tags: ["hiking", "water-filter", "backpacking"],
    option: { title: "Color", values: ["Blue"] },
    price: 39,
  },
  {
    handle: "folding-camping-chair",
    title: "Folding Camping Chair",
    description:
      "A lightweight camping chair with an aluminium frame that sets " +
      "up in seconds and packs into a bag the size of a baguette. It " +
      "supports up to 120 kg and has a side pocket for a drink.",
    category: "outdoor-camping",
    type: "Camp Furniture",
    collection: "summer-essentials",
    tags: ["camping", "chair", "festival"],
    material: "Aluminium and polyester",
    option: { title: "Color", values: ["Navy", "Grey"] },
    price: 49,
  },
  {
    handle: "waterproof-hiking-shell-jacket",
    title: "Waterproof Hiking Shell Jacket",
    description:
      "A three-layer waterproof, breathable shell jacket with taped seams, " +
      "an adjustable hood and pit zips for ventilation. Rated to 20,000 " +
      "mm of water column, it packs into its own chest pocket.",
    category: "outdoor-camping",
    type: "Outdoor Apparel",
    tags: ["hiking", "jacket", "waterproof"],
    material: "Three-layer membrane fabric",
    option: { title: "Size", values: ["S", "M", "L", "XL"] },
    price: 189,
  },
  {
    handle: "14-function-stainless-steel-multi-tool",
    title: "14-Function Stainless Steel Multi-Tool",
    description:
      "A stainless steel multi-tool with pliers, wire cutters, a locking blade, a saw, " +
      "screwdrivers, a bottle opener and a file. It weighs 190 g and comes with a belt pouch.",
    category: "outdoor-camping",
    type: "Camping Tools",
    tags: ["camping", "multi-tool", "knife"],
    material: "Stainless steel",
    option: { title: "Color", values: ["Steel", "Black"] },
    price: 44,
  },
  {
    handle: "parachute-nylon-camping-hammock",
    title: "Parachute Nylon Camping Hammock",
    description:
      "A two-person hammock of breathable parachute nylon that holds up to " +
      "200 kg. Tree-friendly straps with 20 loops each and two aluminium carabiners " +
      "are included, and everything packs into an attached pouch.",
    category: "outdoor-camping",
    type: "Camp Furniture",
    collection: "summer-essentials",
    tags: ["camping", "hammock", "relaxing"],
    material: "Parachute nylon",
    option: { title: "Color", values: ["Olive", "Sky Blue"] },
    price: 45,
  },
  {
    handle: "collapsible-solar-camping-lantern",
    title: "Collapsible Solar Camping Lantern",
    description:
      "A collapsible LED lantern that charges from its solar panel or " +
      "over USB and gives up to 300 lumens of warm light. It folds flat " +
      "to 3 cm and can top up a phone from its built-in power bank.",
    category: "outdoor-camping",
    type: "Lighting",
    tags: ["camping", "lantern", "solar"],
    option: { title: "Color", values: ["White", "Yellow"] },
    price: 29,
  },
  // Audio & Headphones
  {
    handle: "wireless-noise-cancelling-headphones",
    title: "Wireless Noise-Cancelling Headphones",
    subtitle: "35 hours of battery",
    description:
      "Over-ear Bluetooth headphones with hybrid active noise cancellation, 40 mm dynamic " +
      "drivers and up to 35 hours of battery life. Memory foam cushions and a folding " +
      "design make them comfortable for long flights and daily commuting.",
    category: "audio-headphones",
    type: "Headphones",
    collection: "best-sellers",
    tags: ["headphones", "wireless", "noise-cancelling"],
    option: { title: "Color", values: ["Black", "Silver", "Midnight Blue"] },
    price: 229,
  },
  {
    handle: "true-wireless-earbuds",
    title: "True Wireless Earbuds",
    description:
      "Compact in-ear buds with six hours of playback and another 24 hours " +
      "from the charging case. Three sizes of silicone tips, touch controls " +
      "and IPX4 water resistance make them suitable for workouts too.",
    category: "audio-headphones",
    type: "Earbuds",
    tags: ["earbuds", "wireless", "bluetooth"],
    option: { title: "Color", values: ["Black", "White", "Sage"] },
    price: 99,
  },
  {
    handle: "open-back-studio-headphones",
    title: "Open-Back Studio Headphones",
    description:
      "Wired over-ear headphones with open-back earcups for a wide, natural soundstage " +
      "when mixing or listening critically at home. Velour pads, a replaceable 3 m " +
      "cable and a 250 ohm impedance; best paired with a headphone amplifier.",
    category: "audio-headphones",
    type: "Headphones",
    tags: ["headphones", "studio", "wired"],
    material: "Aluminium and velour",
    option: { title: "Color", values: ["Black"] },
    price: 159,
  },
  {
    handle: "waterproof-portable-bluetooth-speaker",
    title: "Waterproof Portable Bluetooth Speaker",
    description:
      "An IP67 waterproof speaker with 360° sound, 16 hours of battery and " +
      "a strap for hanging it on a backpack or shower rail. Two speakers " +
      "can be paired for stereo playback at the beach or in the garden.",
    category: "audio-headphones",
    type: "Speakers",
    collection: "summer-essentials",
    tags: ["speaker", "portable", "waterproof"],
    option: { title: "Color", values: ["Black", "Teal", "Coral"] },
    price: 79,
  },
  {
    handle: "active-bookshelf-speakers",
    title: "Active Bookshelf Speakers",
    subtitle: "Pair, 2 x 50 W",
    description:
      "A pair of active two-way bookshelf speakers with 5.25-inch woofers, " +
      "silk-dome tweeters and a built-in 2 x 50 W amplifier. Connect a TV, " +
      "turntable or computer over Bluetooth, optical, USB or RCA.",
    category: "audio-headphones",
    type: "Speakers",
    tags: ["speakers", "hi-fi", "bookshelf"],
    material: "MDF with wood veneer",
    option: { title: "Color", values: ["Walnut", "Black"] },
    price: 299,
  },
  {
    handle: "belt-drive-turntable",
    title: "Belt-Drive Turntable",
    description:
      "A belt-driven record player with a die-cast aluminium platter, a carbon tonearm " +
      "and a pre-mounted moving-magnet cartridge. It plays 33 and 45 rpm records and " +
      "has a switchable phono preamp, so it connects directly to active speakers.",
    category: "audio-headphones",
    type: "Turntables",
    collection: "gift-ideas",
    tags: ["vinyl", "turntable", "hi-fi"],
    material: "Aluminium and MDF",
    option: { title: "Color", values: ["Black", "White"] },
    price: 249,
  },
  {
    handle: "usb-condenser-microphone",
    title: "USB Condenser Microphone",
    description:
      "<p>A cardioid condenser microphone for podcasting, streaming and voice-over that " +
      "plugs straight into a computer over USB-C.</p><p>Includes a desk stand, a pop filter " +
      "and a <strong>headphone output with zero-latency monitoring</strong>.</p>",
    category: "audio-headphones",
    type: "Microphones",
    collection: "new-arrivals",
    tags: ["microphone", "podcast", "streaming"],
    option: { title: "Color", values: ["Black", "White"] },
    price: 119,
  },
  {
    handle: "bone-conduction-sports-headphones",
    title: "Bone Conduction Sports Headphones",
    description:
      "Open-ear headphones that send sound through the cheekbones, leaving " +
      "your ears free to hear traffic while running or cycling. A titanium " +
      "band, IP67 sweat resistance and eight hours of battery life.",
    category: "audio-headphones",
    type: "Headphones",
    tags: ["headphones", "sports", "open-ear"],
    material: "Titanium",
    option: { title: "Color", values: ["Black", "Grey"] },
    price: 129,
  },
  {
    handle: "desktop-dac-and-headphone-amplifier",
    title: "Desktop DAC and Headphone Amplifier",
    description:
      "A desktop USB DAC and headphone amplifier that decodes high-resolution audio " +
      "up to 32-bit/384 kHz. It drives demanding headphones up to 600 ohms and " +
      "has a precise analogue volume knob with 6.35 mm and 4.4 mm outputs.",
    category: "audio-headphones",
    type: "Audio Components",
    tags: ["hi-fi", "dac", "amplifier"],
    material: "Aluminium",
    option: { title: "Color", values: ["Silver", "Black"] },
    price: 149,
  },
  {
    handle: "soundbar-with-wireless-subwoofer",
    title: "Soundbar with Wireless Subwoofer",
    description:
      "A 3.1-channel soundbar with a dedicated centre channel for clearer dialogue " +
      "and a wireless 6.5-inch subwoofer for films and music. It connects to the " +
      "TV via HDMI eARC and decodes immersive 3D surround sound formats.",
    category: "audio-headphones",
    type: "Speakers",
    tags: ["tv", "soundbar", "home-cinema"],
    option: { title: "Color", values: ["Black"] },
    price: 349,
  },
  {
    handle: "kids-volume-limited-headphones",
    title: "Kids' Volume-Limited Headphones",
    description:
      "On-ear headphones for children aged 3 to 12 with volume limited to " +
      "85 dB to protect young ears. The flexible headband is almost unbreakable, " +
      "and a sharing jack lets two kids listen to the same tablet.",
    category: "audio-headphones",
    type: "Headphones",
    tags: ["headphones", "kids", "safe-volume"],
    option: { title: "Color", values: ["Pink", "Blue", "Yellow"] },
    price: 29,
  },
  {
    handle: "walnut-headphone-stand",
    title: "Walnut Headphone Stand",
    description:
      "A solid walnut stand with a curved aluminium arm that keeps over-ear headphones tidy " +
      "on your desk and their headband in shape. A cork pad underneath prevents scratches.",
    category: "audio-headphones",
    type: "Audio Accessories",
    tags: ["headphones", "stand", "desk"],
    material: "Solid walnut and aluminium",
    option: { title: "Color", values: ["Walnut", "Oak"] },
    price: 34,
  },
  {
    handle: "dab-portable-radio",
    title: "DAB+ Portable Radio",
    description:
      "A retro-styled portable radio for DAB+ digital and FM stations, with " +
      "20 presets, Bluetooth playback and a rechargeable battery for 15 hours " +
      "of listening. Wooden cabinet with a fabric speaker grille.",
    category: "audio-headphones",
    type: "Radios",
    tags: ["radio", "dab", "portable"],
    material: "Wood and fabric",
    option: { title: "Color", values: ["Walnut", "Cream"] },
    price: 69,
  },
  {
    handle: "memory-foam-replacement-ear-pads",
    title: "Memory Foam Replacement Ear Pads",
    description:
      "Memory foam ear cushions covered in soft protein leather that restore " +
      "comfort and passive isolation to worn-out over-ear headphones. Choose " +
      "the size that matches the outer diameter of your old pads.",
    category: "audio-headphones",
    type: "Audio Accessories",
    tags: ["headphones", "ear-pads", "replacement"],
    material: "Memory foam and protein leather",
    option: { title: "Size", values: ["70 mm", "90 mm", "105 mm"] },
    price: 19.9,
  },
  {
    handle: "low-profile-sleep-earbuds",
    title: "Low-Profile Sleep Earbuds",
    description:
      "Tiny, flat earbuds designed for side sleepers that play soothing " +
      "sounds and mask snoring all night. Soft silicone wings keep " +
      "them in place, and the battery lasts ten hours.",
    category: "audio-headphones",
    type: "Earbuds",
    collection: "new-arrivals",
    tags: ["earbuds", "sleep", "noise-masking"],
    option: { title: "Color", values: ["White", "Grey"] },
    price: 139,
  },
  // Home Office
  {
    handle: "dimmable-led-desk-lamp-with-wireless-charger",
    title: "Dimmable LED Desk Lamp with Wireless Charger",
    description:
      "An adjustable aluminium desk lamp with five colour temperatures from 2700 " +
      "to 6500 K and stepless dimming. The base doubles as a 10 W Qi wireless " +
      "charger for your phone, and the lamp remembers your last setting.",
    category: "home-office",
    type: "Lighting",
    tags: ["desk", "lamp", "lighting"],
    material: "Aluminium",
    option: { title: "Color", values: ["Black", "White", "Silver"] },
    price: 59,
  },
  {
    handle: "dual-motor-electric-standing-desk",
    title: "Dual-Motor Electric Standing Desk",
    description:
      "A height-adjustable desk with two motors that lifts from 70 to 120 cm in " +
      "under 20 seconds. Four memory presets, anti-collision detection and a 120 " +
      "kg load capacity make switching between sitting and standing easy.",
    category: "home-office",
    type: "Desks",
    tags: ["desk", "standing-desk", "ergonomic"],
    material: "Steel and oak veneer",
    option: { title: "Size", values: ["120 x 60 cm", "140 x 70 cm", "160 x 80 cm"] },
    price: 449,
  },
  {
    handle: "ergonomic-mesh-office-chair",
    title: "Ergonomic Mesh Office Chair",
    description:
      "<p>A breathable mesh office chair designed for full days at the " +
      "desk.</p><ul><li>Adjustable lumbar support and seat depth</li><li>4D armrests " +
      "and synchronous tilt</li><li>Rated for users up to 130 kg</li></ul>",
    category: "home-office",
    type: "Office Chairs",
    collection: "best-sellers",
    tags: ["chair", "ergonomic", "office"],
    material: "Mesh and aluminium",
    option: { title: "Color", values: ["Black", "Grey"] },
    price: 329,
  },
  {
    handle: "gas-spring-monitor-arm",
    title: "Gas Spring Monitor Arm",
    description:
      "A single monitor arm for screens from 17 to 32 inches and up to 9 kg, with " +
      "a gas spring that lets you reposition the display with one finger. It mounts " +
      "with a desk clamp or grommet and hides cables inside the arm.",
    category: "home-office",
    type: "Desk Accessories",
    tags: ["monitor", "ergonomic", "desk"],
    material: "Aluminium",
    option: { title: "Color", values: ["Black", "White"] },
    price: 89,
  },
  {
    handle: "merino-wool-felt-desk-pad",
    title: "Merino Wool Felt Desk Pad",
    description:
      "A 4 mm merino wool felt desk mat that protects the desk surface, dampens " +
      "keyboard noise and works as a large mouse pad. Natural wool is slightly " +
      "water-repellent and stays in place without adhesive.",
    category: "home-office",
    type: "Desk Accessories",
    collection: "eco-friendly",
    tags: ["desk", "felt", "mouse-pad"],
    material: "Merino wool felt",
    option: { title: "Size", values: ["60 x 30 cm", "80 x 40 cm", "100 x 50 cm"] },
    price: 36,
  },
  {
    handle: "compact-75-mechanical-keyboard",
    title: "Compact 75% Mechanical Keyboard",
    description:
      "A compact 75% layout mechanical keyboard with hot-swappable switches, " +
      "PBT keycaps and an aluminium case. It connects by USB-C cable, " +
      "Bluetooth or a 2.4 GHz dongle to up to three devices.",
    category: "home-office",
    type: "Keyboards",
    collection: "new-arrivals",
    tags: ["keyboard", "mechanical", "wireless"],
    material: "Aluminium and PBT",
    option: { title: "Switch", values: ["Tactile Brown", "Linear Red", "Clicky Blue"] },
    price: 129,
  },
  {
    handle: "vertical-ergonomic-mouse",
    title: "Vertical Ergonomic Mouse",
    description:
      "A vertical mouse that holds your hand in a natural handshake position to " +
      "reduce wrist strain. Six buttons, adjustable sensitivity up to 4000 DPI " +
      "and a rechargeable battery that lasts about two months per charge.",
    category: "home-office",
    type: "Mice",
    tags: ["mouse", "ergonomic", "wireless"],
    option: { title: "Hand", values: ["Right", "Left"] },
    price: 49,
  },
  {
    handle: "full-hd-webcam-with-privacy-cover",
    title: "Full HD Webcam with Privacy Cover",
    description:
      "A 1080p webcam with autofocus, automatic light correction and " +
      "two noise-reducing microphones for clear video calls. It clips " +
      "onto any monitor and has a sliding privacy shutter.",
    category: "home-office",
    type: "Webcams",
    tags: ["webcam", "video-calls", "remote-work"],
    option: { title: "Color", values: ["Black"] },
    price: 69,
  },
  {
    handle: "bamboo-monitor-stand-with-drawer",
    title: "Bamboo Monitor Stand with Drawer",
    description:
      "A bamboo monitor riser that lifts your screen 10 cm closer to eye " +
      "level, with a slide-out drawer for pens and cables. It supports " +
      "up to 20 kg and leaves room underneath to store a keyboard.",
    category: "home-office",
    type: "Desk Accessories",
    collection: "eco-friendly",
    tags: ["monitor", "desk", "organizer"],
    material: "Bamboo",
    option: { title: "Color", values: ["Natural", "Dark"] },
    price: 45,
  },
  {
    handle: "12-in-1-usb-c-docking-station",
    title: "12-in-1 USB-C Docking Station",
    description:
      "A USB-C dock that connects a laptop to two 4K monitors, Ethernet, " +
      "an SD card reader and five USB ports with a single cable. It passes " +
      "through 100 W of power to charge the laptop while you work.",
    category: "home-office",
    type: "Computer Accessories",
    tags: ["laptop", "dock", "usb-c"],
    material: "Aluminium",
    option: { title: "Color", values: ["Space Grey"] },
    price: 119,
  },
  {
    handle: "under-desk-cable-management-tray",
    title: "Under-Desk Cable Management Tray",
    description:
      "A 60 cm steel tray that screws to the underside of the desk and " +
      "keeps power strips, chargers and cable bundles out of sight and " +
      "off the floor. Pre-drilled holes and all screws are included.",
    category: "home-office",
    type: "Desk Accessories",
    tags: ["desk", "cables", "organizer"],
    material: "Powder-coated steel",
    option: { title: "Color", values: ["Black", "White"] },
    price: 29,
  },
  {
    handle: "acoustic-felt-desk-divider",
    title: "Acoustic Felt Desk Divider",
    description:
      "A freestanding acoustic panel of 9 mm felt made from recycled PET " +
      "bottles that absorbs voices and keyboard noise in shared offices. " +
      "It clamps onto the back of the desk and doubles as a pinboard.",
    category: "home-office",
    type: "Office Furniture",
    collection: "eco-friendly",
    tags: ["acoustic", "desk", "felt"],
    material: "Recycled PET felt",
    option: { title: "Color", values: ["Grey", "Blue", "Green"] },
    price: 89,
  },
  {
    handle: "rocking-ergonomic-footrest",
    title: "Rocking Ergonomic Footrest",
    description:
      "An under-desk footrest with a rocking platform and massage " +
      "texture that improves posture and circulation when sitting " +
      "for long periods. The height adjusts in three levels.",
    category: "home-office",
    type: "Office Accessories",
    tags: ["ergonomic", "footrest", "posture"],
    option: { title: "Color", values: ["Black"] },
    price: 39,
  },
  {
    handle: "glass-desktop-whiteboard",
    title: "Glass Desktop Whiteboard",
    description:
      "A small tempered glass dry-erase board that sits in front of your monitor " +
      "for to-do lists and quick notes, with a hidden compartment for pens and " +
      "sticky notes. Two dry-erase markers and an eraser are included.",
    category: "home-office",
    type: "Office Accessories",
    tags: ["whiteboard", "desk", "notes"],
    material: "Tempered glass",
    option: { title: "Color", values: ["White", "Black"] },
    price: 27,
  },
  {
    handle: "foldable-aluminium-laptop-stand",
    title: "Foldable Aluminium Laptop Stand",
    description:
      "A foldable laptop stand with six height levels that raises the screen " +
      "by up to 15 cm for a healthier neck posture. It fits laptops from " +
      "10 to 17 inches and folds flat into a sleeve for travel.",
    category: "home-office",
    type: "Desk Accessories",
    tags: ["laptop", "stand", "ergonomic"],
    material: "Aluminium",
    option: { title: "Color", values: ["Silver", "Space Grey"] },
    price: 39,
  },
  // Skincare
  {
    handle: "hyaluronic-acid-hydrating-serum",
    title: "Hyaluronic Acid Hydrating Serum",
    subtitle: "Fragrance free, all skin types",
    description:
      "A lightweight serum with three molecular weights of hyaluronic acid and panthenol " +
      "that draws moisture into the skin. Apply a few drops to damp skin morning and evening " +
      "before moisturiser. Suitable for all skin types and fragrance free.",
    category: "skincare",
    type: "Serums",
    collection: "best-sellers",
    tags: ["skincare", "serum", "hydration"],
    option: { title: "Size", values: ["30 ml", "50 ml"] },
    price: 24,
  },
  {
    handle: "mineral-sunscreen-spf-50",
    title: "Mineral Sunscreen SPF 50",
    description:
      "A broad-spectrum mineral sunscreen with zinc oxide that protects against " +
      "UVA and UVB rays without leaving a white cast. Water resistant for " +
      "40 minutes and suitable for sensitive skin and children.",
    category: "skincare",
    type: "Sun Care",
    collection: "summer-essentials",
    tags: ["skincare", "sunscreen", "spf"],
    option: { title: "Size", values: ["50 ml", "100 ml"] },
    price: 19.9,
  },
  {
    handle: "gentle-foaming-gel-cleanser",
    title: "Gentle Foaming Gel Cleanser",
    description:
      "A low-pH gel cleanser that foams lightly to remove make-up, sunscreen " +
      "and excess oil without stripping the skin barrier. Contains glycerin " +
      "and green tea extract and comes in a 200 ml pump bottle.",
    category: "skincare",
    type: "Cleansers",
    tags: ["skincare", "cleanser", "face-wash"],
    option: { title: "Size", values: ["200 ml"] },
    price: 14.9,
  },
  {
    handle: "vitamin-c-brightening-serum",
    title: "Vitamin C Brightening Serum",
    description:
      "<p>A <strong>15% vitamin C serum</strong> with ferulic acid and vitamin E that " +
      "evens out skin tone and fades dark spots over time.</p><p>Use in the morning under " +
      "sunscreen. The amber glass bottle protects the formula from light.</p>",
    category: "skincare",
    type: "Serums",
    tags: ["skincare", "serum", "vitamin-c"],
    option: { title: "Size", values: ["30 ml"] },
    price: 29,
  },
  {
    handle: "retinol-night-cream",
    title: "Retinol Night Cream",
    description:
      "A rich night cream with 0.3% encapsulated retinol and ceramides that smooths " +
      "fine lines and refines skin texture while you sleep. Start with two nights " +
      "a week and increase gradually as your skin gets used to it.",
    category: "skincare",
    type: "Moisturisers",
    tags: ["skincare", "retinol", "night-cream"],
    option: { title: "Size", values: ["50 ml"] },
    price: 34,
  },
  {
    handle: "shea-butter-hand-cream",
    title: "Shea Butter Hand Cream",
    description:
      "A fast-absorbing hand cream with 20% shea butter and glycerin for " +
      "dry, cracked hands. The 75 ml aluminium tube is fully recyclable.",
    category: "skincare",
    type: "Body Care",
    tags: ["skincare", "hand-cream", "shea"],
    option: { title: "Scent", values: ["Unscented", "Lavender", "Citrus"] },
    price: 9.9,
  },
  {
    handle: "rosemary-solid-shampoo-bar",
    title: "Rosemary Solid Shampoo Bar",
    description:
      "A plastic-free shampoo bar made with coconut-derived cleansers and " +
      "rosemary oil, lasting about as long as three bottles of liquid shampoo. " +
      "Suitable for normal to oily hair; keep it dry between uses.",
    category: "skincare",
    type: "Hair Care",
    collection: "eco-friendly",
    tags: ["haircare", "shampoo-bar", "plastic-free"],
    option: { title: "Size", values: ["80 g"] },
    price: 11.5,
  },
  {
    handle: "french-green-clay-face-mask",
    title: "French Green Clay Face Mask",
    description:
      "A purifying mask of French green clay and kaolin that absorbs excess oil and " +
      "helps unclog pores. Apply a thin layer for ten minutes once or twice a week.",
    category: "skincare",
    type: "Masks",
    tags: ["skincare", "face-mask", "clay"],
    option: { title: "Size", values: ["100 ml"] },
    price: 18,
  },
  {
    handle: "daily-moisturiser-for-sensitive-skin",
    title: "Daily Moisturiser for Sensitive Skin",
    description:
      "A lightweight, fragrance-free face cream with ceramides, niacinamide " +
      "and oat extract that calms redness and strengthens the skin barrier. " +
      "It absorbs quickly and works well under make-up.",
    category: "skincare",
    type: "Moisturisers",
    tags: ["skincare", "moisturiser", "sensitive-skin"],
    option: { title: "Size", values: ["50 ml", "100 ml"] },
    price: 22,
  },
  {
    handle: "nourishing-lip-balm-trio",
    title: "Nourishing Lip Balm Trio",
    description:
      "Three lip balms made with beeswax, shea butter and sunflower " +
      "oil in peppermint, vanilla and unscented. Each 4.5 g stick " +
      "protects lips against cold, wind and dry indoor air.",
    category: "skincare",
    type: "Lip Care",
    tags: ["lip-balm", "beeswax", "gift"],
    material: "Beeswax and shea butter",
    option: { title: "Set", values: ["3 Sticks"] },
    price: 12,
  },
  {
    handle: "exfoliating-aha-toner",
    title: "Exfoliating AHA Toner",
    description:
      "A gentle toner with 5% glycolic and lactic acid that removes dead skin " +
      "cells and brightens dull skin. Use in the evening after cleansing, two " +
      "or three times a week, and always wear sunscreen the next day.",
    category: "skincare",
    type: "Toners",
    tags: ["skincare", "toner", "exfoliant"],
    option: { title: "Size", values: ["150 ml"] },
    price: 21,
  },
  {
    handle: "organic-rosehip-facial-oil",
    title: "Organic Rosehip Facial Oil",
    description:
      "Cold-pressed organic rosehip seed oil rich in vitamin A and " +
      "essential fatty acids, which nourishes dry skin and softens " +
      "the look of scars. Press three drops into the skin at night.",
    category: "skincare",
    type: "Face Oils",
    collection: "eco-friendly",
    tags: ["skincare", "face-oil", "organic"],
    option: { title: "Size", values: ["30 ml"] },
    price: 26,
  },
  {
    handle: "jade-facial-roller-and-gua-sha-set",
    title: "Jade Facial Roller and Gua Sha Set",
    description:
      "A double-ended facial roller and a gua sha stone carved from natural stone, used with " +
      "facial oil to massage the face and reduce morning puffiness. Packed in a gift box.",
    category: "skincare",
    type: "Skincare Tools",
    collection: "gift-ideas",
    tags: ["skincare", "facial-roller", "gua-sha"],
    material: "Natural stone",
    option: { title: "Color", values: ["Green Jade", "Rose Quartz"] },
    price: 24,
  },
  {
    handle: "caffeine-under-eye-cream",
    title: "Caffeine Under-Eye Cream",
    description:
      "An eye cream with caffeine, peptides and hyaluronic acid that reduces puffiness and " +
      "dark circles. The metal applicator tip cools the delicate skin under the eyes.",
    category: "skincare",
    type: "Eye Care",
    tags: ["skincare", "eye-cream", "caffeine"],
    option: { title: "Size", values: ["15 ml"] },
    price: 23,
  },
  {
    handle: "ceramide-body-lotion",
    title: "Ceramide Body Lotion",
    description:
      "A fragrance-free body lotion with ceramides, urea and glycerin for dry and very dry " +
      "skin, giving up to 48 hours of hydration. It absorbs without leaving a sticky feel.",
    category: "skincare",
    type: "Body Care",
    tags: ["skincare", "body-lotion", "dry-skin"],
    option: { title: "Size", values: ["250 ml", "500 ml"] },
    price: 16,
  },
  // Books & Stationery
  {
    handle: "dotted-a5-hardcover-notebook",
    title: "Dotted A5 Hardcover Notebook",
    subtitle: "240 numbered pages",
    description:
      "An A5 hardcover notebook with 240 numbered pages of 120 g/m² dotted paper " +
      "that resists ink bleed-through. It has an index, two ribbon markers, an " +
      "elastic closure and a back pocket, ideal for bullet journaling.",
    category: "books-stationery",
    type: "Notebooks",
    collection: "best-sellers",
    tags: ["notebook", "journaling", "stationery"],
    material: "120 gsm paper",
    option: { title: "Color", values: ["Black", "Sage", "Terracotta"] },
    price: 18.9,
  },
  {
    handle: "brass-fountain-pen",
    title: "Brass Fountain Pen",
    description:
      "A brass-bodied fountain pen with a steel nib that takes standard international " +
      "ink cartridges and comes with a converter for bottled ink. Its balanced " +
      "weight makes long writing sessions comfortable.",
    category: "books-stationery",
    type: "Pens",
    collection: "gift-ideas",
    tags: ["pen", "fountain-pen", "writing"],
    material: "Brass and steel",
    option: { title: "Nib", values: ["Fine", "Medium", "Broad"] },
    price: 45,
  },
  {
    handle: "bottled-fountain-pen-ink",
    title: "Bottled Fountain Pen Ink",
    subtitle: "50 ml glass bottle",
    description:
      "Water-based fountain pen ink in a 50 ml glass bottle, with good " +
      "shading and a quick drying time on most papers. Safe for all " +
      "fountain pens and easy to flush out when changing colours.",
    category: "books-stationery",
    type: "Ink",
    tags: ["ink", "fountain-pen", "writing"],
    option: { title: "Color", values: ["Midnight Blue", "Forest Green", "Oxblood", "Black"] },
    price: 14,
  },
  {
    handle: "artist-watercolour-paint-set",
    title: "Artist Watercolour Paint Set",
    description:
      "Artist-grade watercolours in half pans with a high pigment load, " +
      "packed in a metal tin whose lid works as a mixing palette. A refillable " +
      "water brush is included for sketching outdoors.",
    category: "books-stationery",
    type: "Art Supplies",
    collection: "gift-ideas",
    tags: ["art", "watercolour", "painting"],
    material: "Metal tin",
    option: { title: "Set", values: ["12 Half Pans", "24 Half Pans"] },
    price: 39,
  },
  {
    handle: "cold-press-watercolour-paper-pad",
    title: "Cold-Press Watercolour Paper Pad",
    description:
      "A pad of 12 sheets of 300 g/m² cotton watercolour paper with a cold-press " +
      "texture, glued on all four sides so it does not buckle when wet. Acid-free " +
      "and suitable for washes, wet-in-wet work and fine detail.",
    category: "books-stationery",
    type: "Art Supplies",
    tags: ["art", "watercolour", "paper"],
    material: "100% cotton paper",
    option: { title: "Size", values: ["A5", "A4", "A3"] },
    price: 21,
  },
  {
    handle: "graphite-sketching-pencil-set",
    title: "Graphite Sketching Pencil Set",
    description:
      "Twelve graphite pencils from 6H to 8B for drawing and shading, " +
      "with a kneaded eraser and a sharpener in a metal tin. The break-resistant " +
      "leads suit sketching, shading and technical drawing.",
    category: "books-stationery",
    type: "Art Supplies",
    tags: ["art", "pencils", "drawing"],
    material: "Cedar wood and graphite",
    option: { title: "Set", values: ["12 Pencils"] },
    price: 16,
  },
  {
    handle: "refillable-leather-journal-cover",
    title: "Refillable Leather Journal Cover",
    description:
      "A refillable full-grain leather cover that holds up to three " +
      "A5 notebook inserts with elastic bands, with a card slot and " +
      "a pen loop. The leather develops a rich patina with use.",
    category: "books-stationery",
    type: "Notebooks",
    tags: ["journal", "leather", "notebook"],
    material: "Full-grain leather",
    option: { title: "Color", values: ["Tan", "Dark Brown"] },
    price: 49,
  },
  {
    handle: "undated-weekly-planner",
    title: "Undated Weekly Planner",
    description:
      "A 12-month undated planner with weekly spreads, monthly overviews, " +
      "habit trackers and goal pages, so you can start at any time " +
      "of year. Lay-flat binding and 100 g/m² paper.",
    category: "books-stationery",
    type: "Planners",
    collection: "new-arrivals",
    tags: ["planner", "organisation", "stationery"],
    material: "100 gsm paper",
    option: { title: "Color", values: ["Sand", "Navy"] },
    price: 22,
  },
  {
    handle: "dual-tip-brush-lettering-pens",
    title: "Dual-Tip Brush Lettering Pens",
    description:
      "Dual-tip brush pens with a flexible brush tip for hand lettering and a fine tip for " +
      "details. The water-based ink can be blended with water for watercolour effects.",
    category: "books-stationery",
    type: "Pens",
    tags: ["pens", "lettering", "calligraphy"],
    option: { title: "Set", values: ["12 Colours", "24 Colours"] },
    price: 19,
  },
  {
    handle: "field-guide-to-european-birds",
    title: "Field Guide to European Birds",
    description:
      "An illustrated field guide covering 700 bird species found in Europe, " +
      "with range maps, plumage details for males, females and juveniles, and " +
      "tips for identifying calls. A handy companion for birdwatching walks.",
    category: "books-stationery",
    type: "Books",
    tags: ["book", "birds", "nature"],
    option: { title: "Format", values: ["Paperback", "Hardcover"] },
    price: 32,
  },
  {
    handle: "the-home-barista-handbook",
    title: "The Home Barista Handbook",
    description:
      "A practical book on brewing coffee at home, covering grind size, water " +
      "chemistry, dialling in espresso and pour-over recipes, with 150 step-by-step " +
      "photographs. Written for curious beginners and enthusiasts alike.",
    category: "books-stationery",
    type: "Books",
    tags: ["book", "coffee", "cooking"],
    option: { title: "Format", values: ["Paperback", "Hardcover"] },
    price: 28,
  },
  {
    handle: "brass-wax-seal-stamp-kit",
    title: "Brass Wax Seal Stamp Kit",
    description:
      "A brass wax seal stamp with a wooden handle, six sticks of sealing wax " +
      "and a melting spoon, for sealing letters, wedding invitations and gift " +
      "wrap. Packed in a wooden box that makes it a ready-made present.",
    category: "books-stationery",
    type: "Stationery",
    tags: ["stationery", "wax-seal", "letters"],
    material: "Brass and wood",
    option: { title: "Motif", values: ["Botanical", "Initial", "Star"] },
    price: 24,
  },
  {
    handle: "recycled-kraft-envelopes-and-cards",
    title: "Recycled Kraft Envelopes and Cards",
    description:
      "Fifty C6 envelopes with matching A6 cards, made from 100% recycled kraft paper. " +
      "Suitable for thank-you notes, invitations and handmade greetings cards.",
    category: "books-stationery",
    type: "Stationery",
    collection: "eco-friendly",
    tags: ["stationery", "envelopes", "recycled"],
    material: "Recycled kraft paper",
    option: { title: "Set", values: ["50 Pieces"] },
    price: 9.9,
  },
  {
    handle: "japanese-washi-tape-set",
    title: "Japanese Washi Tape Set",
    description:
      "Ten rolls of Japanese paper masking tape in muted patterns " +
      "for decorating journals, labelling jars and wrapping gifts. " +
      "It tears by hand and peels off without leaving residue.",
    category: "books-stationery",
    type: "Stationery",
    tags: ["stationery", "washi-tape", "journaling"],
    option: { title: "Set", values: ["10 Rolls"] },
    price: 12.9,
  },
  {
    handle: "pocket-anthology-of-classic-poems",
    title: "Pocket Anthology of Classic Poems",
    description:
      "A pocket-sized hardcover anthology of 120 classic English poems, " +
      "from Shakespeare to Emily Dickinson, with a short note on each " +
      "poet. Printed on thin paper with a ribbon marker.",
    category: "books-stationery",
    type: "Books",
    tags: ["book", "poetry", "classics"],
    option: { title: "Format", values: ["Hardcover"] },
    price: 15.9,
  },
  // Pets
  {
    handle: "orthopedic-memory-foam-dog-bed",
    title: "Orthopedic Memory Foam Dog Bed",
    description:
      "A dog bed with a 10 cm orthopaedic memory foam base that supports the joints " +
      "of older and larger dogs. The raised sides make a comfortable headrest, " +
      "and the cover is removable, machine washable and water resistant.",
    category: "pets",
    type: "Pet Beds",
    collection: "best-sellers",
    tags: ["dog", "bed", "orthopedic"],
    material: "Memory foam and polyester",
    option: { title: "Size", values: ["S", "M", "L", "XL"] },
    price: 79,
  },
  {
    handle: "no-pull-padded-dog-harness",
    title: "No-Pull Padded Dog Harness",
    description:
      "A padded no-pull harness with a front clip for leash training and a back clip for " +
      "everyday walks. Four adjustment points and reflective trim for walks after dark.",
    category: "pets",
    type: "Walking Gear",
    tags: ["dog", "harness", "walking"],
    material: "Nylon and mesh padding",
    option: { title: "Size", values: ["XS", "S", "M", "L"] },
    price: 34,
  },
  {
    handle: "retractable-dog-leash",
    title: "Retractable Dog Leash",
    subtitle: "5 m tape, dogs up to 25 kg",
    description:
      "A retractable leash with 5 m of flat tape and a one-button brake and lock, for " +
      "dogs up to 25 kg. It has an ergonomic grip and a clip-on poop bag dispenser.",
    category: "pets",
    type: "Walking Gear",
    tags: ["dog", "leash", "walking"],
    option: { title: "Size", values: ["S", "M"] },
    price: 24.9,
  },
  {
    handle: "grain-free-salmon-dog-food",
    title: "Grain-Free Salmon Dog Food",
    description:
      "Dry food for adult dogs with 60% fresh salmon and sweet potato, free of grain and " +
      "artificial additives. Omega-3 fatty acids support a shiny coat and healthy skin.",
    category: "pets",
    type: "Pet Food",
    tags: ["dog", "food", "grain-free"],
    option: { title: "Size", values: ["2 kg", "6 kg", "12 kg"] },
    price: 39.9,
  },
  {
    handle: "sisal-cat-scratching-tower",
    title: "Sisal Cat Scratching Tower",
    description:
      "A 120 cm cat tree with sisal-wrapped scratching posts, two plush platforms, a hideaway " +
      "cube and a dangling toy. The wide, heavy base keeps it stable for climbing cats.",
    category: "pets",
    type: "Cat Furniture",
    tags: ["cat", "scratching-post", "furniture"],
    material: "Sisal, plush and particle board",
    option: { title: "Color", values: ["Grey", "Beige"] },
    price: 69,
  },
  {
    handle: "stainless-steel-cat-water-fountain",
    title: "Stainless Steel Cat Water Fountain",
    description:
      "A 2 L drinking fountain that circulates and filters water to " +
      "encourage cats to drink more. It has a quiet pump, a replaceable " +
      "carbon filter and a dishwasher-safe stainless steel bowl.",
    category: "pets",
    type: "Pet Feeding",
    tags: ["cat", "water-fountain", "drinking"],
    material: "Stainless steel",
    option: { title: "Size", values: ["2 L"] },
    price: 44,
  },
  {
    handle: "natural-rubber-treat-chew-toy",
    title: "Natural Rubber Treat Chew Toy",
    description:
      "A durable chew toy of natural rubber for strong chewers, with " +
      "a hollow centre that can be stuffed with treats or frozen peanut " +
      "butter. It bounces unpredictably for games of fetch.",
    category: "pets",
    type: "Dog Toys",
    tags: ["dog", "toy", "chew"],
    material: "Natural rubber",
    option: { title: "Size", values: ["S", "M", "L"] },
    price: 12.9,
  },
  {
    handle: "feather-wand-cat-toy",
    title: "Feather Wand Cat Toy",
    description:
      "A telescopic wand with a feather and bell attachment that mimics " +
      "a bird in flight, encouraging indoor cats to jump, chase and " +
      "pounce. Three replacement attachments are included.",
    category: "pets",
    type: "Cat Toys",
    tags: ["cat", "toy", "interactive"],
    option: { title: "Color", values: ["Multicolour"] },
    price: 9.9,
  },
  {
    handle: "tofu-clumping-cat-litter",
    title: "Tofu Clumping Cat Litter",
    description:
      "A plant-based cat litter made from tofu fibres that forms firm clumps and controls " +
      "odour. It is low in dust, can be flushed in small amounts and is compostable.",
    category: "pets",
    type: "Cat Care",
    collection: "eco-friendly",
    tags: ["cat", "litter", "plant-based"],
    material: "Tofu fibre",
    option: { title: "Size", values: ["6 L", "10 L"] },
    price: 14.9,
  },
  {
    handle: "programmable-automatic-pet-feeder",
    title: "Programmable Automatic Pet Feeder",
    description:
      "A programmable feeder with a 4 L hopper that dispenses dry food " +
      "up to six times a day in measured portions. It is controlled " +
      "by app or buttons and has a battery backup for power cuts.",
    category: "pets",
    type: "Pet Feeding",
    collection: "new-arrivals",
    tags: ["cat", "dog", "feeder"],
    option: { title: "Color", values: ["White"] },
    price: 89,
  },
  {
    handle: "self-cleaning-slicker-brush",
    title: "Self-Cleaning Slicker Brush",
    description:
      "A slicker brush with fine bent wires that removes loose undercoat, tangles and " +
      "mats. Press the button to retract the bristles and the collected fur drops off.",
    category: "pets",
    type: "Grooming",
    tags: ["dog", "cat", "grooming"],
    option: { title: "Size", values: ["S", "L"] },
    price: 16.9,
  },
  {
    handle: "fleece-lined-dog-raincoat",
    title: "Fleece-Lined Dog Raincoat",
    description:
      "A lightweight dog raincoat with a fleece lining, an adjustable " +
      "belly strap and an opening for attaching the leash to a harness. " +
      "Reflective piping keeps your dog visible on dark, wet walks.",
    category: "pets",
    type: "Dog Apparel",
    tags: ["dog", "raincoat", "walking"],
    material: "Polyester and fleece",
    option: { title: "Size", values: ["S", "M", "L", "XL"] },
    price: 29,
  },
  {
    handle: "soft-sided-pet-travel-carrier",
    title: "Soft-Sided Pet Travel Carrier",
    description:
      "An airline-approved soft carrier for cats and small dogs up to 7 kg, with mesh " +
      "windows, a removable fleece pad and a sleeve that slides over a suitcase handle. " +
      "It fits under most aircraft seats and folds flat when not in use.",
    category: "pets",
    type: "Pet Travel",
    tags: ["cat", "dog", "travel"],
    material: "Polyester and mesh",
    option: { title: "Color", values: ["Black", "Grey"] },
    price: 59,
  },
  {
    handle: "freeze-dried-chicken-dog-treats",
    title: "Freeze-Dried Chicken Dog Treats",
    description:
      "Single-ingredient treats of freeze-dried chicken breast, high in protein and ideal " +
      "for training. They contain no preservatives and can be broken into small pieces.",
    category: "pets",
    type: "Pet Treats",
    tags: ["dog", "treats", "training"],
    option: { title: "Size", values: ["100 g", "250 g"] },
    price: 11.9,
  },
  {
    handle: "slow-feeder-dog-bowl",
    title: "Slow Feeder Dog Bowl",
    description:
      "A bowl with a raised maze pattern that slows fast eaters down by up to ten times, " +
      "reducing bloating and vomiting. It has a non-slip base and is dishwasher safe.",
    category: "pets",
    type: "Pet Feeding",
    tags: ["dog", "bowl", "slow-feeder"],
    material: "Food-safe plastic",
    option: { title: "Color", values: ["Teal", "Grey"] },
    price: 14.9,
  },
  // Kids & Toys
  {
    handle: "wooden-stacking-rainbow",
    title: "Wooden Stacking Rainbow",
    subtitle: "12 pieces, from 12 months",
    description:
      "A 12-piece rainbow of beech wood arches painted with water-based, non-toxic " +
      "colours, for stacking, sorting and open-ended play. Suitable from 12 months.",
    category: "kids-toys",
    type: "Wooden Toys",
    collection: "eco-friendly",
    tags: ["kids", "wooden-toy", "toddler"],
    material: "Beech wood",
    option: { title: "Color", values: ["Rainbow", "Pastel"] },
    price: 34,
  },
  {
    handle: "magnetic-building-tiles",
    title: "Magnetic Building Tiles",
    description:
      "Translucent magnetic tiles in squares and triangles that snap " +
      "together to build houses, towers and 3D shapes. They encourage " +
      "spatial thinking and creative play for children from 3 years.",
    category: "kids-toys",
    type: "Building Toys",
    collection: "best-sellers",
    tags: ["kids", "building", "magnetic"],
    material: "ABS plastic",
    option: { title: "Set", values: ["60 Pieces", "100 Pieces"] },
    price: 49,
  },
  {
    handle: "wooden-railway-set-with-bridge",
    title: "Wooden Railway Set with Bridge",
    description:
      "A 48-piece wooden railway with curved and straight tracks, " +
      "a bridge, a tunnel and a magnetic train with three carriages. " +
      "Compatible with other common wooden railway systems.",
    category: "kids-toys",
    type: "Wooden Toys",
    collection: "gift-ideas",
    tags: ["kids", "train", "wooden-toy"],
    material: "Beech wood",
    option: { title: "Set", values: ["48 Pieces"] },
    price: 59,
  },
  {
    handle: "organic-cotton-sleepy-bear",
    title: "Organic Cotton Sleepy Bear",
    description:
      "A soft teddy bear of organic cotton plush with embroidered " +
      "eyes, safe from birth. Machine washable at 30 °C.",
    category: "kids-toys",
    type: "Soft Toys",
    tags: ["kids", "teddy-bear", "baby"],
    material: "Organic cotton",
    option: { title: "Size", values: ["25 cm", "40 cm"] },
    price: 24,
  },
  {
    handle: "toddler-balance-bike",
    title: "Toddler Balance Bike",
    description:
      "A lightweight balance bike with an adjustable seat and handlebar, puncture-proof " +
      "tyres and a step-through frame, for children aged 2 to 5 learning to ride. At " +
      "3 kg it is light enough for toddlers to lift and steer on their own.",
    category: "kids-toys",
    type: "Ride-On Toys",
    collection: "summer-essentials",
    tags: ["kids", "balance-bike", "outdoor-play"],
    material: "Aluminium",
    option: { title: "Color", values: ["Red", "Mint", "Navy"] },
    price: 89,
  },
  {
    handle: "double-sided-kids-art-easel",
    title: "Double-Sided Kids' Art Easel",
    description:
      "A double-sided wooden easel with a chalkboard, a magnetic whiteboard, " +
      "a paper roll holder and storage trays for paint and chalk. The " +
      "height adjusts for children from 3 to 8 years.",
    category: "kids-toys",
    type: "Arts & Crafts",
    tags: ["kids", "art", "easel"],
    material: "Pine wood",
    option: { title: "Color", values: ["Natural"] },
    price: 69,
  },
  {
    handle: "wooden-play-kitchen",
    title: "Wooden Play Kitchen",
    description:
      "A compact play kitchen with a hob with clicking knobs, an oven " +
      "with an opening door, a sink and hooks for utensils. Made from " +
      "FSC-certified wood, it pairs well with wooden play food sets.",
    category: "kids-toys",
    type: "Pretend Play",
    collection: "gift-ideas",
    tags: ["kids", "play-kitchen", "pretend-play"],
    material: "FSC-certified wood",
    option: { title: "Color", values: ["White", "Natural"] },
    price: 129,
  },
  {
    handle: "junior-chemistry-science-kit",
    title: "Junior Chemistry Science Kit",
    description:
      "A science kit with 30 experiments, including growing crystals, " +
      "building an erupting volcano and making slime, with test tubes, " +
      "safety goggles and an illustrated guide. For ages 8 and up.",
    category: "kids-toys",
    type: "Educational Toys",
    tags: ["kids", "science", "stem"],
    option: { title: "Age", values: ["8+"] },
    price: 29,
  },
  {
    handle: "illustrated-world-map-jigsaw-puzzle",
    title: "Illustrated World Map Jigsaw Puzzle",
    description:
      "A jigsaw puzzle of an illustrated world map showing animals, landmarks " +
      "and oceans. Thick recycled cardboard pieces; the finished 200-piece " +
      "puzzle measures 50 x 70 cm. For ages 6 and up.",
    category: "kids-toys",
    type: "Puzzles",
    tags: ["kids", "puzzle", "geography"],
    material: "Recycled cardboard",
    option: { title: "Pieces", values: ["100", "200"] },
    price: 19.9,
  },
  {
    handle: "remote-control-off-road-truck",
    title: "Remote Control Off-Road Truck",
    description:
      "A 1:16 scale four-wheel-drive off-road truck with rubber tyres, " +
      "spring suspension and a 2.4 GHz remote with 50 m range. The " +
      "rechargeable battery gives about 20 minutes of driving.",
    category: "kids-toys",
    type: "RC Toys",
    tags: ["kids", "remote-control", "car"],
    material: "ABS plastic and rubber",
    option: { title: "Color", values: ["Red", "Blue"] },
    price: 54,
  },
  {
    handle: "shockproof-kids-binoculars",
    title: "Shockproof Kids' Binoculars",
    description:
      "Shockproof 8x21 binoculars sized for small hands, with rubber eyecups and a breakaway " +
      "neck strap. Great for spotting birds and bugs in the garden or on family hikes.",
    category: "kids-toys",
    type: "Outdoor Toys",
    tags: ["kids", "binoculars", "nature"],
    material: "Rubber-armoured plastic",
    option: { title: "Color", values: ["Green", "Orange"] },
    price: 19.9,
  },
  {
    handle: "felt-farm-animal-finger-puppets",
    title: "Felt Farm Animal Finger Puppets",
    description:
      "A set of six hand-sewn felt finger puppets - cow, pig, sheep, " +
      "hen, horse and dog - for storytelling, songs and role play " +
      "with toddlers. They come in a cotton drawstring bag.",
    category: "kids-toys",
    type: "Soft Toys",
    tags: ["kids", "puppets", "storytelling"],
    material: "Wool felt",
    option: { title: "Set", values: ["6 Puppets"] },
    price: 16,
  },
  {
    handle: "sand-and-water-play-table",
    title: "Sand and Water Play Table",
    description:
      "A two-basin table for sand and water play with a water wheel and scoops, plus " +
      "a lid that turns it into a picnic table. For outdoor use, ages 2 and up.",
    category: "kids-toys",
    type: "Outdoor Toys",
    collection: "summer-essentials",
    tags: ["kids", "sandbox", "outdoor-play"],
    material: "Plastic",
    option: { title: "Color", values: ["Blue and Yellow"] },
    price: 59,
  },
  {
    handle: "screen-free-coding-robot",
    title: "Screen-Free Coding Robot",
    description:
      "A programmable robot that children code by laying arrow cards in sequence, introducing " +
      "logic and problem solving without a screen. Rechargeable, for ages 4 to 8.",
    category: "kids-toys",
    type: "Educational Toys",
    collection: "new-arrivals",
    tags: ["kids", "coding", "stem"],
    option: { title: "Age", values: ["4-8"] },
    price: 79,
  },
  {
    handle: "island-explorers-family-board-game",
    title: "Island Explorers Family Board Game",
    description:
      "A cooperative board game for 2 to 5 players aged 7 and up, in which " +
      "everyone works together to map an island and rescue lost animals " +
      "before the tide comes in. A game lasts about 30 minutes.",
    category: "kids-toys",
    type: "Board Games",
    tags: ["kids", "board-game", "family"],
    option: { title: "Edition", values: ["English", "German"] },
    price: 32,
  },
  // Garden
  {
    handle: "stainless-steel-hand-trowel",
    title: "Stainless Steel Hand Trowel",
    description:
      "A hand trowel with a polished stainless steel blade and depth markings for planting " +
      "bulbs and seedlings. The oiled ash wood handle is comfortable to hold.",
    category: "garden",
    type: "Garden Tools",
    tags: ["garden", "trowel", "planting"],
    material: "Stainless steel and ash wood",
    option: { title: "Handle", values: ["Ash Wood"] },
    price: 19.9,
  },
  {
    handle: "bypass-pruning-shears",
    title: "Bypass Pruning Shears",
    description:
      "Bypass secateurs with hardened carbon steel blades that cleanly " +
      "cut live branches up to 20 mm thick. A sap groove, safety lock " +
      "and ergonomic grips; the blades are replaceable.",
    category: "garden",
    type: "Garden Tools",
    tags: ["garden", "pruning", "secateurs"],
    material: "Carbon steel",
    option: { title: "Size", values: ["Small", "Standard"] },
    price: 29,
  },
  {
    handle: "larch-wood-raised-garden-bed",
    title: "Larch Wood Raised Garden Bed",
    description:
      "A 40 cm high raised bed of untreated larch wood for growing vegetables and herbs " +
      "without bending down. It plugs together without tools and comes with a fleece liner.",
    category: "garden",
    type: "Planters",
    tags: ["garden", "raised-bed", "vegetables"],
    material: "Untreated larch wood",
    option: { title: "Size", values: ["100 x 50 cm", "150 x 75 cm", "200 x 100 cm"] },
    price: 119,
  },
  {
    handle: "heirloom-tomato-seed-collection",
    title: "Heirloom Tomato Seed Collection",
    description:
      "Six packets of open-pollinated heirloom tomato seeds, including " +
      "cherry, beefsteak and plum varieties. Organically grown, with " +
      "sowing instructions for greenhouses and balconies.",
    category: "garden",
    type: "Seeds",
    collection: "eco-friendly",
    tags: ["garden", "seeds", "vegetables"],
    option: { title: "Set", values: ["6 Packets"] },
    price: 12.9,
  },
  {
    handle: "expandable-garden-hose",
    title: "Expandable Garden Hose",
    description:
      "A lightweight hose that expands to its full length under water pressure and shrinks " +
      "back for storage. It comes with a nine-pattern spray nozzle and brass fittings.",
    category: "garden",
    type: "Watering",
    collection: "summer-essentials",
    tags: ["garden", "hose", "watering"],
    material: "Latex and polyester",
    option: { title: "Size", values: ["15 m", "30 m"] },
    price: 39,
  },
  {
    handle: "galvanised-steel-watering-can",
    title: "Galvanised Steel Watering Can",
    description:
      "A classic galvanised steel watering can with a removable brass rose for " +
      "gently watering seedlings. The long spout reaches the back of borders.",
    category: "garden",
    type: "Watering",
    tags: ["garden", "watering-can", "watering"],
    material: "Galvanised steel",
    option: { title: "Size", values: ["5 L", "10 L"] },
    price: 34,
  },
  {
    handle: "hanging-wooden-bird-feeder",
    title: "Hanging Wooden Bird Feeder",
    description:
      "A hanging bird feeder of FSC-certified pine with a roof that " +
      "keeps seed dry and a perch on each side. It refills easily " +
      "from the top and attracts tits, finches and robins.",
    category: "garden",
    type: "Wildlife",
    tags: ["garden", "birds", "wildlife"],
    material: "FSC-certified pine",
    option: { title: "Color", values: ["Natural", "Green"] },
    price: 29,
  },
  {
    handle: "recycled-plastic-compost-bin",
    title: "Recycled Plastic Compost Bin",
    description:
      "A 300 litre compost bin made from recycled plastic, with a hinged lid " +
      "and a hatch at the bottom for taking out finished compost. It turns " +
      "kitchen and garden waste into rich soil in six to nine months.",
    category: "garden",
    type: "Composting",
    collection: "eco-friendly",
    tags: ["garden", "compost", "recycling"],
    material: "Recycled plastic",
    option: { title: "Size", values: ["300 L"] },
    price: 59,
  },
  {
    handle: "solar-garden-string-lights",
    title: "Solar Garden String Lights",
    description:
      "String lights with warm white LED bulbs powered by a solar panel, switching on " +
      "automatically at dusk. Weatherproof to IP65 for patios, pergolas and trees.",
    category: "garden",
    type: "Outdoor Lighting",
    collection: "summer-essentials",
    tags: ["garden", "lights", "solar"],
    option: { title: "Length", values: ["10 m", "20 m"] },
    price: 24.9,
  },
  {
    handle: "goatskin-leather-gardening-gloves",
    title: "Goatskin Leather Gardening Gloves",
    description:
      "Gardening gloves of goatskin leather with extended cuffs that protect forearms from " +
      "thorns when pruning roses and brambles. Supple enough for planting seedlings.",
    category: "garden",
    type: "Garden Apparel",
    tags: ["garden", "gloves", "pruning"],
    material: "Goatskin leather",
    option: { title: "Size", values: ["S", "M", "L"] },
    price: 17.9,
  },
  {
    handle: "terracotta-plant-pots",
    title: "Terracotta Plant Pots",
    description:
      "Three unglazed terracotta pots of 12, 16 and 20 cm with saucers. The porous clay " +
      "lets roots breathe and prevents waterlogging, ideal for herbs and succulents.",
    category: "garden",
    type: "Planters",
    tags: ["garden", "pots", "herbs"],
    material: "Unglazed terracotta",
    option: { title: "Set", values: ["3 Pots"] },
    price: 27,
  },
  {
    handle: "wooden-insect-hotel",
    title: "Wooden Insect Hotel",
    description:
      "A wooden insect house filled with bamboo tubes, pine cones and " +
      "drilled logs that gives solitary bees, ladybirds and lacewings " +
      "a place to nest. Hang it in a sunny, sheltered spot.",
    category: "garden",
    type: "Wildlife",
    collection: "eco-friendly",
    tags: ["garden", "insects", "wildlife"],
    material: "Pine wood and bamboo",
    option: { title: "Size", values: ["Small", "Large"] },
    price: 26,
  },
  {
    handle: "cordless-hedge-trimmer",
    title: "Cordless Hedge Trimmer",
    description:
      "An 18 V cordless hedge trimmer with a 50 cm dual-action blade that cuts branches " +
      "up to 18 mm thick. It weighs 2.6 kg and runs for about 45 minutes per charge.",
    category: "garden",
    type: "Power Tools",
    tags: ["garden", "hedge-trimmer", "cordless"],
    option: { title: "Kit", values: ["Tool Only", "With Battery"] },
    price: 129,
  },
  {
    handle: "foldable-garden-kneeler-and-seat",
    title: "Foldable Garden Kneeler and Seat",
    description:
      "A foldable garden kneeler that flips between a padded kneeling pad and a low seat, " +
      "with side handles that help you get back up. Steel frame, supports up to 150 kg.",
    category: "garden",
    type: "Garden Accessories",
    tags: ["garden", "kneeler", "seat"],
    material: "Steel and foam",
    option: { title: "Color", values: ["Green"] },
    price: 44,
  },
  {
    handle: "windowsill-herb-garden-starter-kit",
    title: "Windowsill Herb Garden Starter Kit",
    description:
      "<p>A windowsill kit for growing fresh kitchen herbs indoors.</p><ul><li>Three " +
      "bamboo fibre pots with drip trays</li><li>Coconut coir soil discs</li><li>Seeds " +
      "for basil, parsley and chives</li></ul>",
    category: "garden",
    type: "Seeds",
    collection: "new-arrivals",
    tags: ["garden", "herbs", "indoor"],
    material: "Bamboo fibre pots",
    option: { title: "Set", values: ["3 Pots"] },
    price: 22,
  },
  // Yoga & Meditation
  {
    handle: "natural-rubber-yoga-mat",
    title: "Natural Rubber Yoga Mat",
    subtitle: "4 mm, 183 x 68 cm",
    description:
      "A 4 mm yoga mat with a natural rubber base and a polyurethane " +
      "top layer that stays grippy even in sweaty hot yoga classes. " +
      "Printed alignment lines help with positioning; 183 x 68 cm.",
    category: "yoga-meditation",
    type: "Yoga Mats",
    collection: "best-sellers",
    tags: ["yoga", "mat", "non-slip"],
    material: "Natural rubber and PU",
    option: { title: "Color", values: ["Black", "Sage", "Sand"] },
    price: 69,
  },
  {
    handle: "cork-yoga-blocks",
    title: "Cork Yoga Blocks",
    description:
      "Two firm yoga blocks of natural cork measuring 23 x 15 x 7.5 cm. " +
      "They give support in standing poses, backbends and seated stretches, " +
      "and are naturally antimicrobial and easy to wipe clean.",
    category: "yoga-meditation",
    type: "Yoga Props",
    collection: "eco-friendly",
    tags: ["yoga", "blocks", "cork"],
    material: "Natural cork",
    option: { title: "Set", values: ["2 Blocks"] },
    price: 24.9,
  },
  {
    handle: "organic-cotton-yoga-strap",
    title: "Organic Cotton Yoga Strap",
    description:
      "A 2.5 m strap of organic cotton webbing with a metal D-ring buckle, " +
      "for deepening stretches and holding poses such as seated forward bends. " +
      "It also helps less flexible students reach their feet safely.",
    category: "yoga-meditation",
    type: "Yoga Props",
    tags: ["yoga", "strap", "stretching"],
    material: "Organic cotton",
    option: { title: "Color", values: ["Natural", "Indigo"] },
    price: 9.9,
  },
  {
    handle: "buckwheat-meditation-cushion",
    title: "Buckwheat Meditation Cushion",
    description:
      "A round zafu cushion filled with buckwheat hulls that mould to your " +
      "body and keep your hips raised during seated meditation. The cotton " +
      "cover is removable and washable, with a sewn-in carry handle.",
    category: "yoga-meditation",
    type: "Meditation",
    collection: "gift-ideas",
    tags: ["meditation", "cushion", "zafu"],
    material: "Cotton and buckwheat hulls",
    option: { title: "Color", values: ["Indigo", "Saffron", "Grey"] },
    price: 44,
  },
  {
    handle: "rectangular-yoga-bolster",
    title: "Rectangular Yoga Bolster",
    description:
      "A firm rectangular bolster, 65 x 22 cm, filled with cotton batting for restorative " +
      "and yin yoga poses. It has two side handles and a washable cotton cover.",
    category: "yoga-meditation",
    type: "Yoga Props",
    tags: ["yoga", "bolster", "restorative"],
    material: "Cotton",
    option: { title: "Color", values: ["Grey", "Plum"] },
    price: 49,
  },
  {
    handle: "foldable-travel-yoga-mat",
    title: "Foldable Travel Yoga Mat",
    description:
      "A thin 1.5 mm foldable yoga mat weighing 900 g that fits in a suitcase " +
      "or backpack. Natural tree rubber with a suede-like microfibre top; " +
      "it can also be laid over a studio mat for hygiene.",
    category: "yoga-meditation",
    type: "Yoga Mats",
    tags: ["yoga", "mat", "travel"],
    material: "Natural tree rubber and microfibre",
    option: { title: "Color", values: ["Grey", "Rose"] },
    price: 39,
  },
  {
    handle: "womens-7-8-yoga-leggings",
    title: "Women's 7/8 Yoga Leggings",
    description:
      "Buttery-soft 7/8 leggings in a matte nylon-elastane fabric with a high " +
      "waistband that does not dig in, designed for yoga and pilates. A gusseted " +
      "crotch and four-way stretch allow a full range of movement.",
    category: "yoga-meditation",
    type: "Yoga Apparel",
    tags: ["yoga", "leggings", "apparel"],
    material: "Nylon and elastane",
    option: { title: "Size", values: ["XS", "S", "M", "L"] },
    price: 64,
  },
  {
    handle: "canvas-yoga-mat-bag",
    title: "Canvas Yoga Mat Bag",
    description:
      "A cotton canvas bag with a full-length zip, an adjustable shoulder strap " +
      "and an outside pocket, which holds mats up to 6 mm thick and 68 cm wide. " +
      "The pocket has room for a towel, keys and a water bottle.",
    category: "yoga-meditation",
    type: "Yoga Accessories",
    tags: ["yoga", "bag", "mat"],
    material: "Cotton canvas",
    option: { title: "Color", values: ["Natural", "Olive"] },
    price: 29,
  },
  {
    handle: "hand-hammered-singing-bowl-set",
    title: "Hand-Hammered Singing Bowl Set",
    description:
      "A hand-hammered brass singing bowl with a wooden striker and " +
      "a silk cushion. It produces a long, resonant tone for meditation, " +
      "sound baths and marking the start and end of a practice.",
    category: "yoga-meditation",
    type: "Meditation",
    collection: "gift-ideas",
    tags: ["meditation", "singing-bowl", "sound"],
    material: "Brass",
    option: { title: "Size", values: ["10 cm", "12 cm", "15 cm"] },
    price: 54,
  },
  {
    handle: "woven-cotton-yoga-blanket",
    title: "Woven Cotton Yoga Blanket",
    description:
      "A woven cotton blanket in traditional Mexican style, 180 x 130 cm, used " +
      "folded as support under hips and knees or as a cover during savasana. " +
      "It is heavy enough to stay in place when rolled as a support.",
    category: "yoga-meditation",
    type: "Yoga Props",
    tags: ["yoga", "blanket", "restorative"],
    material: "Cotton",
    option: { title: "Color", values: ["Grey Stripe", "Blue Stripe"] },
    price: 39,
  },
  {
    handle: "tea-tree-yoga-mat-cleaner",
    title: "Tea Tree Yoga Mat Cleaner",
    description:
      "A natural mat cleaning spray with tea tree and lavender essential " +
      "oils in witch hazel, safe for rubber, PVC and cork mats. Spray " +
      "after each practice and wipe with a soft cloth.",
    category: "yoga-meditation",
    type: "Yoga Accessories",
    collection: "eco-friendly",
    tags: ["yoga", "mat-cleaner", "natural"],
    option: { title: "Size", values: ["250 ml"] },
    price: 12.9,
  },
  {
    handle: "padded-pilates-ring",
    title: "Padded Pilates Ring",
    description:
      "A 38 cm pilates circle with padded handles inside and out, for toning inner thighs, " +
      "arms and chest. The flexible fibreglass core gives steady resistance.",
    category: "yoga-meditation",
    type: "Pilates",
    tags: ["pilates", "ring", "toning"],
    material: "Fibreglass and foam",
    option: { title: "Color", values: ["Purple", "Black"] },
    price: 21,
  },
  {
    handle: "ceramic-aroma-diffuser",
    title: "Ceramic Aroma Diffuser",
    description:
      "An ultrasonic diffuser with a ceramic cover that disperses essential " +
      "oils as a fine mist, with a soft ambient light and a 1, 3 or 6 " +
      "hour timer. The 120 ml tank runs for up to eight hours.",
    category: "yoga-meditation",
    type: "Wellness",
    collection: "new-arrivals",
    tags: ["aromatherapy", "diffuser", "relaxation"],
    material: "Ceramic",
    option: { title: "Color", values: ["White", "Stone"] },
    price: 39,
  },
  {
    handle: "backbend-yoga-wheel",
    title: "Backbend Yoga Wheel",
    description:
      "A 32 cm yoga wheel with a sturdy ABS shell and cushioned TPE padding to stretch " +
      "the spine, open the chest and support backbends. It holds up to 250 kg.",
    category: "yoga-meditation",
    type: "Yoga Props",
    tags: ["yoga", "wheel", "backbends"],
    material: "ABS and TPE",
    option: { title: "Color", values: ["Black", "Lilac"] },
    price: 34,
  },
  {
    handle: "non-slip-hot-yoga-towel",
    title: "Non-Slip Hot Yoga Towel",
    description:
      "A mat-sized microfibre towel with silicone dots underneath that grips better " +
      "the more you sweat. Ideal for hot yoga; machine washable and quick drying.",
    category: "yoga-meditation",
    type: "Yoga Accessories",
    tags: ["yoga", "towel", "hot-yoga"],
    material: "Microfibre",
    option: { title: "Color", values: ["Black", "Teal", "Coral"] },
    price: 29,
  },
]
