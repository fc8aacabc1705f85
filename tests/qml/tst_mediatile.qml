import QtQuick
import QtTest
import Asean.Ui
import Asean.Controls
import Asean.Gallery

// Tiles side by side in a grid: their titles start on one line, whether a title takes one line
// or two and whatever the script (a title missing in the visitor's language shows in English).
Item {
    id: stage
    width: 1920
    height: 1080

    property var titles: []

    Row {
        id: row
        Repeater {
            id: tiles
            model: stage.titles.concat(["Pho", "The Temple of Dawn, its spire set with porcelain, on the Chao Phraya"])
            delegate: MediaTile {
                required property string modelData
                width: 456
                height: 310
                itemId: modelData
                kind: MediaKind.Photo
                source: ""
                title: modelData
                countryName: ""
                duration: 0
                subtitle: "Thailand"
            }
        }
    }

    TestCase {
        name: "MediaTile"
        when: windowShown

        function cleanup() {
            Theme.language = "en";
        }

        function test_titlesStartOnOneLine_data() {
            return [{
                    "tag": "en",
                    "language": "en",
                    "titles": []
                }, {
                    "tag": "km",
                    "language": "km",
                    "titles": ["ផ្កាឈូក", "ប្រាសាទអង្គរវត្តនៅពេលព្រឹកព្រលឹមជាមួយនឹងព្រះអាទិត្យរះលើស្រះទឹក"]
                }, {
                    "tag": "my",
                    "language": "my",
                    "titles": ["မုန့်ဟင်းခါး", "ရွှေတိဂုံစေတီတော်မြတ်ကြီးနှင့် ရန်ကုန်မြို့ ညနေခင်းအလှ"]
                }, {
                    "tag": "lo",
                    "language": "lo",
                    "titles": ["ເຂົ້າໜຽວ", "ພະທາດຫຼວງ ແລະ ນະຄອນຫຼວງວຽງຈັນ ໃນຍາມແລງ ກັບແສງຕາເວັນ"]
                }];
        }

        function test_titlesStartOnOneLine(data) {
            Theme.language = data.language;
            stage.titles = data.titles;
            waitForRendering(row);
            let lines = new Set();
            let top;
            for (let i = 0; i < tiles.count; ++i) {
                const title = findChild(tiles.itemAt(i), "tileTitle");
                verify(waitForItemPolished(title));
                lines.add(title.lineCount);
                const y = title.mapToItem(row, 0, 0).y;
                if (top === undefined)
                    top = y;
                fuzzyCompare(y, top, 0.5, title.text);
                // The title stays inside its tile.
                verify(y + title.height <= tiles.itemAt(i).height, title.text);
            }
            compare(lines.size, 2, "titles of one line and of two");
        }
    }
}
