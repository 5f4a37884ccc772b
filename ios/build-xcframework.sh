#!/usr/bin/env bash
# Builds PonteCoreFFI.xcframework for iOS devices and simulators. Needs a Mac with Xcode and
# `rustup target add aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios`.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo xtask bindings
profile=release-mobile
for target in aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios; do
  cargo build -p ponte-ffi --lib --profile "$profile" --target "$target"
done
mkdir -p target/ios-sim
lipo -create \
  "target/aarch64-apple-ios-sim/$profile/libponte_ffi.a" \
  "target/x86_64-apple-ios/$profile/libponte_ffi.a" \
  -output target/ios-sim/libponte_ffi.a
rm -rf ios/PonteCore/PonteCoreFFI.xcframework
xcodebuild -create-xcframework \
  -library "target/aarch64-apple-ios/$profile/libponte_ffi.a" -headers ios/PonteCore/Generated/include \
  -library target/ios-sim/libponte_ffi.a -headers ios/PonteCore/Generated/include \
  -output ios/PonteCore/PonteCoreFFI.xcframework
