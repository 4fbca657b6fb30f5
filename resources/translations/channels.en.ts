<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>ChannelEdits</name>
    <message numerus="yes">
      <source>Paste %n channel row(s)</source>
      <translation>
        <numerusform>Paste %n channel row</numerusform>
        <numerusform>Paste %n channel rows</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ChannelService</name>
    <message numerus="yes">
      <source>{day} is %n day(s) before warm-up starts on {start}.</source>
      <translation>
        <numerusform>{day} is %n day before warm-up starts on {start}.</numerusform>
        <numerusform>{day} is %n days before warm-up starts on {start}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{day} is %n day(s) after the group closes on {close}; nobody is left to read it.</source>
      <translation>
        <numerusform>{day} is %n day after the group closes on {close}; nobody is left to read it.</numerusform>
        <numerusform>{day} is %n days after the group closes on {close}; nobody is left to read it.</numerusform>
      </translation>
    </message>
  </context>
</TS>