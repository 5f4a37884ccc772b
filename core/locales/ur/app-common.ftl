# Ponte — app-common (ur).
# Review: machine

speech-no-voice = اس فون میں { $language } کے لیے کوئی آواز نہیں ہے۔
speech-other-language = اس فون میں { $language } کے لیے کوئی آواز نہیں ہے: { $other } میں پڑھا جا رہا ہے۔
guides-coming = آپ کے قریب کی تنظیموں کی رہنمائیاں یہاں ہوں گی۔ باقی سب کچھ انٹرنیٹ کے بغیر چلتا ہے۔
