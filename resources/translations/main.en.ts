<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>ConnectDialog</name>
    <message numerus="yes">
      <source>Connected: a FlashDesk store with %n campaign(s).</source>
      <translation>
        <numerusform>Connected: a FlashDesk store with %n campaign.</numerusform>
        <numerusform>Connected: a FlashDesk store with %n campaigns.</numerusform>
      </translation>
    </message>
  </context>
</TS>