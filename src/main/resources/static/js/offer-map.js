// Map of the search results, an addition to the complete list: shown only when the county runs its
// own tile server. Each marker links to the offer's page, like the list entry it belongs to.
document.addEventListener("DOMContentLoaded", function () {
  var container = document.getElementById("karte");
  if (!container || typeof L === "undefined") {
    return;
  }
  var map = L.map(container, { scrollWheelZoom: false });
  L.tileLayer(container.dataset.tileUrl, {
    maxZoom: 18,
    attribution: container.dataset.attribution || ""
  }).addTo(map);
  var bounds = [];
  document.querySelectorAll(".offer-card[data-lat][data-lon]").forEach(function (card) {
    var position = [parseFloat(card.dataset.lat), parseFloat(card.dataset.lon)];
    var link = card.querySelector("h3 a");
    var marker = L.marker(position, { title: link.textContent, alt: link.textContent }).addTo(map);
    var popupLink = document.createElement("a");
    popupLink.href = link.href;
    popupLink.textContent = link.textContent;
    marker.bindPopup(popupLink);
    bounds.push(position);
  });
  if (bounds.length > 0) {
    map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
  }
});
