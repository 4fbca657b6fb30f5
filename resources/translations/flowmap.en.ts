<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>FlowMap</name>
    <message numerus="yes">
      <source>+ %n more</source>
      <translation>
        <numerusform>+ %n more</numerusform>
        <numerusform>+ %n more</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n post(s)</source>
      <translation>
        <numerusform>%n post</numerusform>
        <numerusform>%n posts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n order(s)</source>
      <translation>
        <numerusform>%n order</numerusform>
        <numerusform>%n orders</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n people</source>
      <translation>
        <numerusform>%n people</numerusform>
        <numerusform>%n people</numerusform>
      </translation>
    </message>
  </context>
</TS>