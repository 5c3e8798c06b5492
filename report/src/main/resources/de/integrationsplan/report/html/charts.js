// Draws the report's two charts from the data in #report-data. No animation: the report is read
// and printed, and a screenshot shows the finished chart.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var colours = ["#1f6fb2", "#7fb3de", "#c9a227", "#3f9e5a", "#8a8f98"];
  Chart.defaults.animation = false;
  // the axes' numbers as the tables write them: 1.234 in German, 1,234 in English
  Chart.defaults.locale = document.documentElement.lang === "de" ? "de-DE" : "en-GB";
  Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
  Chart.defaults.maintainAspectRatio = false;
  new Chart(document.getElementById("chart-topics"), {
    type: "bar",
    data: {
      labels: data.topics.labels,
      datasets: [{ label: document.getElementById("chart-topics").dataset.label, data: data.topics.values,
        backgroundColor: colours[0] }]
    },
    options: { indexAxis: "y", plugins: { legend: { display: false } },
      scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } }
  });
  new Chart(document.getElementById("chart-status"), {
    type: "bar",
    data: {
      labels: data.series.days,
      datasets: data.series.statuses.map(function (s, i) {
        return { label: s.label, data: s.values, backgroundColor: colours[i % colours.length] };
      })
    },
    options: { plugins: { legend: { position: "bottom" } },
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } }
  });
  document.documentElement.dataset.charts = "drawn";
})();
