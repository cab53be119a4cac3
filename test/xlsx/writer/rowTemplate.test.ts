import { pieceBytes } from "../../../src/xlsx/writer/piece";
import { RowTemplate } from "../../../src/xlsx/writer/rowTemplate";

const decode = (b: Uint8Array) => new TextDecoder().decode(b);

test("the text of each row, the row's digits written where the parts meet, however many digits it has", () => {
  const t = new RowTemplate(["<f>IF(D", "=\"经理\",E", "*2,F", ")</f>"]);
  expect(decode(t.at("5"))).toBe('<f>IF(D5="经理",E5*2,F5)</f>');
  expect(decode(t.at("9"))).toBe('<f>IF(D9="经理",E9*2,F9)</f>');
  expect(decode(t.at("10"))).toBe('<f>IF(D10="经理",E10*2,F10)</f>');
  expect(decode(t.at("1048576"))).toBe('<f>IF(D1048576="经理",E1048576*2,F1048576)</f>');
  expect(decode(t.at("7"))).toBe('<f>IF(D7="经理",E7*2,F7)</f>');
});

test("a part's pieces taken whole keep every row's own text, though the template's bytes are reused", () => {
  const t = new RowTemplate(["<f>A", "+B", "</f>"]);
  function* rows() {
    for (let r = 8; r <= 11; r++) yield [`<row r="${r}"><c>`, t.at(String(r)), "</c></row>"];
  }
  expect(decode(pieceBytes(rows()))).toBe(
    '<row r="8"><c><f>A8+B8</f></c></row><row r="9"><c><f>A9+B9</f></c></row><row r="10"><c><f>A10+B10</f></c></row><row r="11"><c><f>A11+B11</f></c></row>',
  );
});
