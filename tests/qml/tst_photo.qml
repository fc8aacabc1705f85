import QtQuick
import QtTest
import Asean.Controls

// A photo asks for its picture only once it has a size to decode for: a request without one
// is a request for the 24-megapixel original, which a sleeping kiosk decoded at every start.
Item {
    id: stage
    width: 800
    height: 600

    Photo {
        id: photo
        width: 0
        height: 0
        source: "image://media/media/aa/unsized.jpg"
    }

    TestCase {
        name: "Photo"
        when: windowShown

        function test_noRequestBeforeItHasASize_data() {
            return [{
                    "tag": "no size",
                    "width": 0,
                    "height": 0
                }, {
                    "tag": "no height",
                    "width": 346,
                    "height": 0
                }, {
                    "tag": "negative while laid out",
                    "width": -38,
                    "height": -42
                }];
        }

        function test_noRequestBeforeItHasASize(data) {
            photo.width = data.width;
            photo.height = data.height;
            const image = findChild(photo, "photoImage");
            compare(image.source.toString(), "");
            photo.width = 346;
            photo.height = 425;
            compare(image.source.toString(), "image://media/media/aa/unsized.jpg");
            compare(image.sourceSize.width, Math.ceil(346 * Screen.devicePixelRatio));
        }
    }
}
