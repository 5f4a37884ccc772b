package org.ponte.app.ui

import org.json.JSONArray
import org.json.JSONObject

/**
 * The MapLibre style for an offline city pack: the PMTiles file as a vector source (the
 * Protomaps basemap layers: earth, water, landuse, roads, buildings) and the core's service
 * pins as a GeoJSON source. No labels: glyphs would need font files in the pack.
 */
internal object MapStyle {
    const val PINS_SOURCE = "pins"
    const val PINS_LAYER = "pins"
    private const val BASE_SOURCE = "city"

    fun json(pmtilesPath: String, pinsGeojson: String, dark: Boolean): String {
        val land = if (dark) "#1f2421" else "#f2efe9"
        val water = if (dark) "#1b3346" else "#aad3df"
        val road = if (dark) "#5a5f63" else "#ffffff"
        val building = if (dark) "#2c3135" else "#d9d0c9"
        val park = if (dark) "#233326" else "#cdebb0"
        val sources = JSONObject()
            .put(BASE_SOURCE, JSONObject().put("type", "vector").put("url", "pmtiles://file://$pmtilesPath"))
            .put(PINS_SOURCE, JSONObject().put("type", "geojson").put("data", JSONObject(pinsGeojson)))
        val layers = JSONArray()
            .put(JSONObject().put("id", "background").put("type", "background").put("paint", JSONObject().put("background-color", land)))
            .put(fill("landuse", "landuse", park))
            .put(fill("water", "water", water))
            .put(fill("buildings", "buildings", building))
            .put(
                JSONObject().put("id", "roads").put("type", "line").put("source", BASE_SOURCE).put("source-layer", "roads")
                    .put("paint", JSONObject().put("line-color", road).put("line-width", 1.5)),
            )
            .put(
                JSONObject().put("id", PINS_LAYER).put("type", "circle").put("source", PINS_SOURCE)
                    .put(
                        "paint",
                        JSONObject()
                            .put("circle-radius", 8)
                            .put("circle-stroke-width", 2)
                            .put("circle-stroke-color", "#ffffff")
                            .put(
                                "circle-color",
                                JSONArray().put("match").put(JSONArray().put("get").put("open"))
                                    .put("open").put("#2e7d32").put("closed").put("#9e9e9e").put("#1565c0"),
                            ),
                    ),
            )
        return JSONObject().put("version", 8).put("sources", sources).put("layers", layers).toString()
    }

    private fun fill(id: String, sourceLayer: String, color: String) = JSONObject()
        .put("id", id).put("type", "fill").put("source", BASE_SOURCE).put("source-layer", sourceLayer)
        .put("paint", JSONObject().put("fill-color", color))
}
