/* Maps of the municipality's own vector data (Leaflet, no tiles). Modes:
   flurstuecke – click a parcel to select it (adds/toggles its checkbox)
   grundriss   – clicks set the corners of the footprint (written to the GeoJSON field)
   fall        – the case: footprint, its parcels, its Abstandsflächen, plans, monuments,
                 trees, protected areas */
(function () {
  "use strict";
  var el = document.getElementById("karte");
  if (!el || !window.L) { return; }
  var modus = el.dataset.modus;
  var map = L.map(el, { zoomSnap: 0.25, keyboard: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Geodaten: Gemeinde");
  map.setView([50.985, 7.01], 16);

  function laden(name) {
    return fetch("/api/karte/" + name, { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : { type: "FeatureCollection", features: [] }; });
  }
  function kz(f) { return f.properties.flurstueckskennzeichen || f.properties.id; }
  function json(attr) { try { return JSON.parse(el.dataset[attr] || "null"); } catch (e) { return null; } }

  var flurStil = { color: "#0b4f8a", weight: 1, fillOpacity: 0.05 };
  var wahlStil = { color: "#0b4f8a", weight: 3, fillColor: "#0b4f8a", fillOpacity: 0.3 };

  function flurstuecke(gewaehlt, klick) {
    return laden("flurstuecke").then(function (data) {
      var layer = L.geoJSON(data, {
        style: function (f) { return gewaehlt.indexOf(kz(f)) >= 0 ? wahlStil : flurStil; },
        onEachFeature: function (f, l) {
          l.bindTooltip((f.properties.lagebezeichnung || "") + " · " + kz(f));
          if (klick) { l.on("click", function (e) { klick(f, l, e); }); }
        }
      }).addTo(map);
      var sel = layer.getLayers().filter(function (l) { return gewaehlt.indexOf(kz(l.feature)) >= 0; });
      map.fitBounds(sel.length ? L.featureGroup(sel).getBounds().pad(0.8) : layer.getBounds());
      return layer;
    });
  }

  function checkbox(f) {
    var id = "fs-" + kz(f);
    var box = document.getElementById(id);
    if (!box) {
      var div = document.createElement("div");
      div.className = "feld-ja";
      box = document.createElement("input");
      box.type = "checkbox"; box.name = "grundstueck.flurstuecke"; box.value = kz(f); box.id = id;
      var label = document.createElement("label");
      label.htmlFor = id; label.textContent = (f.properties.lagebezeichnung || "") + " – " + kz(f);
      div.appendChild(box); div.appendChild(label);
      document.getElementById("flurstueck-liste").appendChild(div);
    }
    return box;
  }

  if (modus === "flurstuecke") {
    flurstuecke(json("gewaehlt") || [], function (f, l) {
      var box = checkbox(f);
      box.checked = !box.checked;
      l.setStyle(box.checked ? wahlStil : flurStil);
    });
  }

  if (modus === "grundriss") {
    var feld = document.getElementById("vorhaben-gebaeude-0-grundriss");
    var punkte = [];
    var form = L.polygon([], { color: "#a4161a", weight: 3, fillOpacity: 0.35 }).addTo(map);
    try {
      var geo = JSON.parse(feld.value || "null");
      if (geo && geo.type === "Polygon") {
        punkte = geo.coordinates[0].slice(0, -1).map(function (p) { return [p[1], p[0]]; });
      }
    } catch (e) { /* the field shows the error after saving */ }
    var zeichnen = function () {
      form.setLatLngs(punkte);
      if (punkte.length >= 3) {
        var ring = punkte.map(function (p) { return [Number(p[1].toFixed(8)), Number(p[0].toFixed(8))]; });
        ring.push(ring[0]);
        feld.value = JSON.stringify({ type: "Polygon", coordinates: [ring] });
      }
    };
    zeichnen();
    flurstuecke(json("flurstuecke") || [], null).then(function () {
      if (punkte.length) { map.fitBounds(form.getBounds().pad(2)); }
    });
    map.on("click", function (e) { punkte.push([e.latlng.lat, e.latlng.lng]); zeichnen(); });
    document.getElementById("grundriss-neu").addEventListener("click", function () {
      punkte = []; feld.value = ""; zeichnen();
    });
  }

  // SVG fill patterns for the Abstandsflächen (Leaflet passes fillColor "url(#…)" on)
  function muster() {
    var svg = map.getPanes().overlayPane.querySelector("svg");
    if (!svg || svg.querySelector("#af-schraffur")) { return; }
    var ns = "http://www.w3.org/2000/svg";
    var defs = document.createElementNS(ns, "defs");
    [["af-schraffur", "#5a4a00", ["M0,8 L8,0"]], ["af-kreuz", "#7a0019", ["M0,8 L8,0", "M0,0 L8,8"]]]
      .forEach(function (m) {
        var pat = document.createElementNS(ns, "pattern");
        pat.setAttribute("id", m[0]); pat.setAttribute("patternUnits", "userSpaceOnUse");
        pat.setAttribute("width", "8"); pat.setAttribute("height", "8");
        m[2].forEach(function (d) {
          var path = document.createElementNS(ns, "path");
          path.setAttribute("d", d); path.setAttribute("stroke", m[1]); path.setAttribute("stroke-width", "1.5");
          pat.appendChild(path);
        });
        defs.appendChild(pat);
      });
    svg.insertBefore(defs, svg.firstChild);
  }

  if (modus === "fall") {
    var fall = json("fall") || { grundriss: [], flurstuecke: [] };
    var stile = {
      bplaene: function (f) { return f.properties.art === "geltungsbereich"
        ? { color: "#6a3d9a", weight: 2, dashArray: "6 4", fill: false }
        : { color: "#6a3d9a", weight: 1, fillOpacity: 0.05 }; },
      schutzgebiete: function () { return { color: "#1d6b36", weight: 1, fillColor: "#b7e4c7", fillOpacity: 0.4 }; },
      denkmaeler: function () { return { color: "#b35806", weight: 2, fillColor: "#b35806", fillOpacity: 0.4 }; },
      strassen: function () { return { color: "#8a8f98", weight: 1, fillColor: "#d9d9d9", fillOpacity: 0.6 }; }
    };
    ["strassen", "schutzgebiete", "bplaene", "denkmaeler"].forEach(function (name) {
      laden(name).then(function (data) {
        L.geoJSON(data, { style: stile[name],
          pointToLayer: function (f, ll) { return L.circleMarker(ll, { radius: 6, color: "#b35806", fillOpacity: 0.8 }); },
          onEachFeature: function (f, l) { l.bindTooltip(f.properties.bezeichnung || f.properties.name || f.properties.plan || name); }
        }).addTo(map);
      });
    });
    laden("baeume").then(function (data) {
      L.geoJSON(data, { pointToLayer: function (f, ll) {
        return L.circleMarker(ll, { radius: 5, color: "#1d6b36", fillOpacity: 0.8 })
          .bindTooltip(f.properties.art + ", " + f.properties.stammumfang_cm + " cm"); } }).addTo(map);
    });
    var texte = json("texte") || {};
    var zahl = function (x) { return Number(x).toFixed(2).replace(".", ","); };
    flurstuecke(fall.flurstuecke, null).then(function () {
      // Abstandsflächen: hatched and dashed; the part beyond the boundary cross-hatched
      // and dotted, so the kinds differ by pattern and line, not by colour alone
      var af = L.geoJSON(fall.abstandsflaechen || { type: "FeatureCollection", features: [] }, {
        style: function (f) { return f.properties.art === "ueberschreitet_grenze"
          ? { color: "#7a0019", weight: 3, dashArray: "2 5", fillColor: "url(#af-kreuz)", fillOpacity: 1 }
          : { color: "#5a4a00", weight: 2, dashArray: "8 5", fillColor: "url(#af-schraffur)", fillOpacity: 1 }; },
        onEachFeature: function (f, l) {
          var p = f.properties;
          var text = (texte[p.art] || p.art) + " · " + (p.gebaeude_name || "") + " · " +
            (texte.wand || "Wand") + " " + p.wand + " (" + p.richtung + "): T = " + zahl(p.tiefe_m) +
            " m, " + (texte.verfuegbar || "verfügbar") + " " + zahl(p.verfuegbar_m) + " m";
          l.bindTooltip(text);
        }
      }).addTo(map);
      muster();
      var g = L.geoJSON(fall.grundriss.map(function (geo) { return { type: "Feature", properties: {}, geometry: geo }; }),
        { style: { color: "#a4161a", weight: 3, fillOpacity: 0.5 } }).addTo(map);
      if (g.getLayers().length) { map.fitBounds(g.getBounds().pad(3)); }
    });
  }
})();
