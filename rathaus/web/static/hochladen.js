/* Upload with a progress bar: sends the form to the JSON API with XMLHttpRequest (which
   reports progress), then reloads the list. Without JavaScript the form posts normally. */
(function () {
  "use strict";
  var form = document.getElementById("hochladen");
  if (!form || !window.XMLHttpRequest) { return; }
  var box = form.querySelector(".fortschritt");
  var bar = document.getElementById("fortschritt");
  var status = document.getElementById("hochladen-status");
  form.addEventListener("submit", function (ev) {
    var datei = document.getElementById("datei");
    if (!datei.files.length || !document.getElementById("typ").value) { return; }  // server explains
    ev.preventDefault();
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.dataset.api);
    xhr.setRequestHeader("X-CSRF-Token", form.querySelector("[name=csrf]").value);
    box.hidden = false;
    xhr.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) {
        var p = Math.round(100 * e.loaded / e.total);
        bar.value = p; bar.textContent = p + " %";
      }
    });
    xhr.addEventListener("load", function () {
      if (xhr.status >= 200 && xhr.status < 300) {
        status.textContent = document.documentElement.lang === "en" ? "Uploaded." : "Hochgeladen.";
        window.location.reload();
        return;
      }
      form.submit();  // let the server render the error tied to its field
    });
    xhr.addEventListener("error", function () { form.submit(); });
    xhr.send(new FormData(form));
  });
})();
