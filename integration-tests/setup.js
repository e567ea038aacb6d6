const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

// Every test file boots its own MikroORM: stale entity metadata from a previous file breaks it.
MetadataStorage.clear()
