#!/usr/bin/env bash
# Peak memory of thema-cli import on big inputs, as one JSON object: a .docx whose word/document.xml is MIB MiB, an
# .odt whose content.xml is as large, and a plain-text transcript with the same text. Each figure is the importing
# process's peak resident set (/usr/bin/time -v), with its ratio to the text (UTF-8 bytes) and to the XML part.
# The inputs are generated in a temporary folder (about 3 x MIB MiB of disk while running) and removed afterwards.
# Usage: bench_import_memory.sh THEMA_CLI [MIB]   (default 250; the zip reader refuses an entry over 256 MiB)
set -euo pipefail
cli=$1
mib=${2:-250}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Labelled turns of ~1,000 characters from a 2,000-word vocabulary, the same text in all three files; a docx
# paragraph has three runs (plain, bold, plain), as Word writes them.
python3 - "$tmp" "$mib" <<'PY'
import random, sys, zipfile
out, mib = sys.argv[1], int(sys.argv[2])
rnd = random.Random(19)
syll = ["ka", "lo", "mi", "re", "ta", "su", "ven", "dor", "pal", "is", "an", "the", "ing", "er", "qu", "bri"]
vocab = ["".join(rnd.choice(syll) for _ in range(rnd.randint(1, 4))) for _ in range(2000)]
paras = []
for i in range(4000):
    words = " ".join(rnd.choice(vocab) for _ in range(170))[:1000]
    a, b = words[:400], words[400:420]
    paras.append(("P%d" % (i % 7 + 1), a, b, words[420:]))
W = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/'
     'wordprocessingml/2006/main"><w:body>')
O = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:'
     'xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
     '<office:text>')
limit = mib << 20
docx, odt, txt = [W], [O], []
size, i = len(W), 0
while True:
    sp, a, b, c = paras[i % len(paras)]
    p = ('<w:p><w:r><w:t xml:space="preserve">%s: %s</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>%s</w:t></w:r>'
         '<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (sp, a, b, c))
    if size + len(p) + 40 > limit:
        break
    docx.append(p); size += len(p)
    odt.append('<text:p>%s: %s<text:span>%s</text:span>%s</text:p>' % (sp, a, b, c))
    txt.append("%s: %s%s%s\n" % (sp, a, b, c))
    i += 1
docx.append('<w:sectPr/></w:body></w:document>')
odt.append('</office:text></office:body></office:document-content>')
docx_xml, odt_xml, text = "".join(docx).encode(), "".join(odt).encode(), "".join(txt).encode()
with zipfile.ZipFile(out + "/big.docx", "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
               '2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
               'officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr("word/document.xml", docx_xml)
with zipfile.ZipFile(out + "/big.odt", "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
    z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
    z.writestr("content.xml", odt_xml)
open(out + "/big.txt", "wb").write(text)
open(out + "/sizes", "w").write("%d %d %d %d\n" % (len(text), len(docx_xml), len(odt_xml), i))
PY
read -r text_bytes docx_xml odt_xml turns < "$tmp/sizes"

measure() {  # FILE XML_BYTES -> JSON
  local file=$1 xml=$2 p="$tmp/m.thema"
  rm -f "$p"
  "$cli" init "$p" >/dev/null
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -v -o "$tmp/time" "$cli" import "$p" "$file" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
  end=$(date +%s.%N)
  local rss chars
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tmp/time")
  chars=$("$cli" sources "$p" --json | python3 -c 'import json,sys; print(sum(s.get("characters", 0) for s in json.load(sys.stdin)))')
  awk -v r="$rss" -v t="$text_bytes" -v x="$xml" -v c="$chars" -v s0="$start" -v s1="$end" \
    'BEGIN { printf "{\"peak_rss_mib\": %.0f, \"x_text\": %.2f, \"x_xml\": %s, \"characters\": %d, \"seconds\": %.1f}",
             r / 1024, r * 1024 / t, (x > 0 ? sprintf("%.2f", r * 1024 / x) : "null"), c, s1 - s0 }'
}

echo "{"
echo "  \"text_mib\": $(awk -v t="$text_bytes" 'BEGIN { printf "%.1f", t / 1048576 }'), \"turns\": $turns,"
echo "  \"docx\": $(measure "$tmp/big.docx" "$docx_xml"),"
echo "  \"odt\": $(measure "$tmp/big.odt" "$odt_xml"),"
echo "  \"txt\": $(measure "$tmp/big.txt" 0)"
echo "}"
