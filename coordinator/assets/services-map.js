// The dashboard's map of services (see coordinator/src/dashboard/map_view.rs). Progressive
// enhancement: the list and the editor's form work without it. Its configuration is in the
// data- attributes of #services-map, written by the server.
(function () {
  "use strict";
  var element = document.getElementById("services-map");
  if (!element || !window.maplibregl) {
    return;
  }
  var data = element.dataset;
  var colours = JSON.parse(data.colours || "{}");

  // The same layers as the phone's offline map (Protomaps basemap: earth, water, landuse,
  // roads, buildings); no labels, which would need font files.
  function cityStyle() {
    var protocol = new pmtiles.Protocol();
    maplibregl.addProtocol("pmtiles", protocol.tile);
    var url = "pmtiles://" + new URL(data.pack, window.location.href).href;
    function layer(id, type, sourceLayer, paint) {
      return { id: id, type: type, source: "city", "source-layer": sourceLayer, paint: paint };
    }
    return {
      version: 8,
      sources: { city: { type: "vector", url: url, attribution: data.attribution } },
      layers: [
        { id: "background", type: "background", paint: { "background-color": "#f2efe9" } },
        layer("landuse", "fill", "landuse", { "fill-color": "#cdebb0" }),
        layer("water", "fill", "water", { "fill-color": "#aad3df" }),
        layer("buildings", "fill", "buildings", { "fill-color": "#d9d0c9" }),
        layer("roads", "line", "roads", { "line-color": "#ffffff", "line-width": 1.5 })
      ]
    };
  }

  function rasterStyle() {
    return {
      version: 8,
      sources: {
        base: { type: "raster", tiles: [data.tileUrl], tileSize: 256, maxzoom: 19, attribution: data.attribution }
      },
      layers: [{ id: "base", type: "raster", source: "base" }]
    };
  }

  var options = {
    container: element,
    style: data.tiles === "pmtiles" ? cityStyle() : rasterStyle(),
    center: [12.5, 42.5],
    zoom: 5,
    locale: { "Map.Title": data.label }
  };
  if (data.bounds) {
    options.bounds = JSON.parse(data.bounds);
    options.fitBoundsOptions = { padding: 10 };
  }
  if (data.minZoom) {
    options.minZoom = Math.max(0, Number(data.minZoom) - 1);
  }
  var map = new maplibregl.Map(options);
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }));
  // What became of the base map, for whoever looks at the page (and the browser test): the
  // first error, and whether the tiles' source answered.
  map.on("error", function (event) {
    if (!element.hasAttribute("data-error")) {
      element.setAttribute("data-error", String(event.error && event.error.message));
    }
  });
  map.on("sourcedata", function (event) {
    if ((event.sourceId === "city" || event.sourceId === "base") && event.isSourceLoaded) {
      element.setAttribute("data-base-loaded", "true");
    }
  });

  function colourOf(category) {
    return colours[category] || colours[""] || "#757575";
  }

  if (data.services) {
    showServices();
  } else {
    editPin();
  }

  // The region's services: clustered (a region may have many thousands), pins coloured by
  // category; a click on a pin opens its editor, on a cluster zooms in.
  function showServices() {
    var colour = ["match", ["get", "category"]];
    Object.keys(colours).forEach(function (category) {
      if (category) {
        colour.push(category, colours[category]);
      }
    });
    colour.push(colourOf(""));
    map.on("load", function () {
      fetch(data.services, { credentials: "same-origin" })
        .then(function (answer) { return answer.json(); })
        .then(function (geojson) {
          map.addSource("services", {
            type: "geojson",
            data: geojson,
            cluster: true,
            clusterRadius: 40,
            clusterMaxZoom: 15
          });
          map.addLayer({
            id: "clusters",
            type: "circle",
            source: "services",
            filter: ["has", "point_count"],
            paint: {
              // White with a dark ring: unlike any category's pin.
              "circle-color": "#ffffff",
              "circle-opacity": 0.9,
              "circle-radius": ["step", ["get", "point_count"], 12, 10, 16, 100, 22, 1000, 30],
              "circle-stroke-width": 4,
              "circle-stroke-color": "#37474f"
            }
          });
          map.addLayer({
            id: "pins",
            type: "circle",
            source: "services",
            filter: ["!", ["has", "point_count"]],
            paint: {
              "circle-color": colour,
              "circle-radius": 7,
              "circle-stroke-width": 2,
              "circle-stroke-color": "#ffffff"
            }
          });
          fitTo(geojson.features);
          element.setAttribute("data-loaded", String(geojson.features.length));
        });
    });
    map.on("click", "pins", function (event) {
      var id = event.features[0].properties.id;
      window.location.href = "/services/" + encodeURIComponent(id);
    });
    map.on("click", "clusters", function (event) {
      var feature = event.features[0];
      map.getSource("services")
        .getClusterExpansionZoom(feature.properties.cluster_id)
        .then(function (zoom) {
          map.easeTo({ center: feature.geometry.coordinates, zoom: zoom });
        });
    });
    var popup = new maplibregl.Popup({ closeButton: false, closeOnClick: false });
    map.on("mouseenter", "pins", function (event) {
      map.getCanvas().style.cursor = "pointer";
      var feature = event.features[0];
      popup.setLngLat(feature.geometry.coordinates).setText(feature.properties.name).addTo(map);
    });
    map.on("mouseleave", "pins", function () {
      map.getCanvas().style.cursor = "";
      popup.remove();
    });
    map.on("mouseenter", "clusters", function () { map.getCanvas().style.cursor = "pointer"; });
    map.on("mouseleave", "clusters", function () { map.getCanvas().style.cursor = ""; });
  }

  function fitTo(features) {
    if (!features.length) {
      return;
    }
    var west = 180, south = 90, east = -180, north = -90;
    features.forEach(function (feature) {
      var c = feature.geometry.coordinates;
      west = Math.min(west, c[0]); east = Math.max(east, c[0]);
      south = Math.min(south, c[1]); north = Math.max(north, c[1]);
    });
    map.fitBounds([[west, south], [east, north]], { padding: 40, maxZoom: 15, animate: false });
  }

  // The editor: the service's pin. An operator drags it (or clicks the map) and the form's
  // latitude and longitude follow; typing in them moves the pin. The form posts as ever.
  function editPin() {
    var lat = document.getElementById("lat");
    var lon = document.getElementById("lon");
    var draggable = data.draggable === "true";
    var marker = null;
    function typed() {
      var y = parseFloat((lat && lat.value || data.lat || "").replace(",", "."));
      var x = parseFloat((lon && lon.value || data.lon || "").replace(",", "."));
      return isFinite(y) && isFinite(x) && Math.abs(y) <= 90 && Math.abs(x) <= 180 ? [x, y] : null;
    }
    function write(position) {
      // Six decimals: about ten centimetres.
      lat.value = position.lat.toFixed(6);
      lon.value = position.lng.toFixed(6);
    }
    function place(position) {
      if (!marker) {
        marker = new maplibregl.Marker({ draggable: draggable, color: colourOf(data.category || "") })
          .setLngLat(position)
          .addTo(map);
        marker.on("dragend", function () { write(marker.getLngLat()); });
      } else {
        marker.setLngLat(position);
      }
    }
    var start = typed();
    if (start) {
      place(start);
      map.jumpTo({ center: start, zoom: 16 });
    }
    if (!draggable || !lat || !lon) {
      return;
    }
    map.on("click", function (event) {
      place(event.lngLat);
      write(event.lngLat);
    });
    [lat, lon].forEach(function (input) {
      input.addEventListener("change", function () {
        var position = typed();
        if (position) {
          place(position);
          map.easeTo({ center: position });
        }
      });
    });
  }
})();
