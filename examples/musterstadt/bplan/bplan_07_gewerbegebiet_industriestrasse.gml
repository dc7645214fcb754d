<?xml version='1.0' encoding='UTF-8'?>
<xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/6/0" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.xplanung.de/xplangml/6/0 https://repository.gdi-de.org/schemas/de.xleitstelle.xplanung/6.0/XPlanung-Operationen.xsd" gml:id="Gml_D5C57F05-9DBE-5270-8F89-6E411DDEE4C6">
  <gml:boundedBy>
    <gml:Envelope srsName="EPSG:25832">
      <gml:lowerCorner>360200.000 5649840.000</gml:lowerCorner>
      <gml:upperCorner>360310.000 5650000.000</gml:upperCorner>
    </gml:Envelope>
  </gml:boundedBy>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="Gml_3318B76F-8CA2-593B-B71B-0B6A6C905945">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360200.000 5649840.000</gml:lowerCorner>
          <gml:upperCorner>360310.000 5650000.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Bebauungsplan Nr. 7 „Gewerbegebiet Industriestraße“</xplan:name>
      <xplan:nummer>7</xplan:nummer>
      <xplan:beschreibung>Gewerbegebiet beiderseits der Industriestraße, Sondergebiet großflächiger Einzelhandel im Süden der Ostseite</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-01-15</xplan:technHerstellDatum>
      <xplan:erstellungsMassstab>1000</xplan:erstellungsMassstab>
      <xplan:technischerPlanersteller>Stadt Musterstadt, Fachbereich Planen und Bauen</xplan:technischerPlanersteller>
      <xplan:raeumlicherGeltungsbereich>
        <gml:Polygon gml:id="Gml_CC7987A8-600C-56F1-AA2E-9CBCEA37204B" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360310.000 5649840.000 360310.000 5650000.000 360200.000 5650000.000 360200.000 5649840.000 360310.000 5649840.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:texte xlink:href="#Gml_FE00B781-61B9-5759-B3B2-C29F5C1B0694"/>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>05999999</xplan:ags>
          <xplan:gemeindeName>Musterstadt</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10001</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2005-02-15</xplan:aufstellungsbeschlussDatum>
      <xplan:satzungsbeschlussDatum>2007-05-08</xplan:satzungsbeschlussDatum>
      <xplan:inkrafttretensDatum>2007-07-01</xplan:inkrafttretensDatum>
      <xplan:versionBauNVO>
        <xplan:XP_GesetzlicheGrundlage>
          <xplan:name>BauNVO</xplan:name>
          <xplan:datum>2017-11-21</xplan:datum>
        </xplan:XP_GesetzlicheGrundlage>
      </xplan:versionBauNVO>
      <xplan:versionBauGB>
        <xplan:XP_GesetzlicheGrundlage>
          <xplan:name>BauGB</xplan:name>
          <xplan:datum>2017-11-03</xplan:datum>
        </xplan:XP_GesetzlicheGrundlage>
      </xplan:versionBauGB>
      <xplan:bereich xlink:href="#Gml_DB38B3FA-F931-5EBC-8542-F1D0C7B657A4"/>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Bereich gml:id="Gml_DB38B3FA-F931-5EBC-8542-F1D0C7B657A4">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360200.000 5649840.000</gml:lowerCorner>
          <gml:upperCorner>360310.000 5650000.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:nummer>0</xplan:nummer>
      <xplan:name>Geltungsbereich</xplan:name>
      <xplan:geltungsbereich>
        <gml:Polygon gml:id="Gml_8F867B0C-038B-5F76-938C-BF8C9FEDF3F3" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360310.000 5649840.000 360310.000 5650000.000 360200.000 5650000.000 360200.000 5649840.000 360310.000 5649840.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:geltungsbereich>
      <xplan:planinhalt xlink:href="#Gml_91937375-8577-5943-A24E-444660216101"/>
      <xplan:planinhalt xlink:href="#Gml_F958B731-B824-5185-AF93-B48233C27C18"/>
      <xplan:planinhalt xlink:href="#Gml_9EA6A618-28CE-56D2-B89B-2F4F36D6A526"/>
      <xplan:planinhalt xlink:href="#Gml_96D3AF4B-C1B6-5DE2-A3BC-E12FD74B0248"/>
      <xplan:planinhalt xlink:href="#Gml_8AFBE9E7-3C58-5456-98BD-EEE48BF3E4AD"/>
      <xplan:planinhalt xlink:href="#Gml_4F22DC74-4D95-5756-94D5-BC56B2CD417A"/>
      <xplan:planinhalt xlink:href="#Gml_8329DCFA-B836-52C6-8872-7D0E32606129"/>
      <xplan:planinhalt xlink:href="#Gml_BC329E0D-1FA8-5F73-9E90-1C667F020BEC"/>
      <xplan:planinhalt xlink:href="#Gml_A1859251-2BA9-5849-A5E7-1C11CA6B31CB"/>
      <xplan:planinhalt xlink:href="#Gml_93881325-8959-56E9-A500-1409BEAF424B"/>
      <xplan:planinhalt xlink:href="#Gml_2D1F9EF5-CE7A-52BE-978B-4CAA65EC6A10"/>
      <xplan:planinhalt xlink:href="#Gml_B58B6D7C-332E-519C-9A38-5521FC600FF7"/>
      <xplan:planinhalt xlink:href="#Gml_52C70FF6-FA2E-5976-A1B4-2694226A45BC"/>
      <xplan:planinhalt xlink:href="#Gml_892C6E7B-15D3-5015-9AD9-55F629E4394D"/>
      <xplan:planinhalt xlink:href="#Gml_2455C91F-E7C3-5BEA-80C8-7FA825180F30"/>
      <xplan:planinhalt xlink:href="#Gml_BCA659C8-F881-5EC9-95B8-262098AFD2FE"/>
      <xplan:planinhalt xlink:href="#Gml_FEBAB8E6-7991-5C7F-BB38-2C16D5027A10"/>
      <xplan:planinhalt xlink:href="#Gml_CAAB0B62-3A2E-552B-AFFB-112758117A63"/>
      <xplan:verfahren>1000</xplan:verfahren>
      <xplan:gehoertZuPlan xlink:href="#Gml_3318B76F-8CA2-593B-B71B-0B6A6C905945"/>
    </xplan:BP_Bereich>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_TextAbschnitt gml:id="Gml_FE00B781-61B9-5759-B3B2-C29F5C1B0694">
      <xplan:schluessel>§ 3</xplan:schluessel>
      <xplan:text>Werbeanlagen sind nur an der Stätte der Leistung zulässig.</xplan:text>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
    </xplan:XP_TextAbschnitt>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="Gml_91937375-8577-5943-A24E-444660216101">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360200.000 5649840.000</gml:lowerCorner>
          <gml:upperCorner>360250.000 5650000.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_DB38B3FA-F931-5EBC-8542-F1D0C7B657A4"/>
      <xplan:aufschrift>GE 1</xplan:aufschrift>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_FC90CE44-53FD-58D0-ADCA-AA6FAF9C8367" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360250.000 5649840.000 360250.000 5650000.000 360200.000 5650000.000 360200.000 5649840.000 360250.000 5649840.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GFZ>1.6</xplan:GFZ>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:Z>3</xplan:Z>
      <xplan:allgArtDerBaulNutzung>3000</xplan:allgArtDerBaulNutzung>
      <xplan:besondereArtDerBaulNutzung>1700</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:bauweiseText>Wie offene Bauweise, Gebäudelängen über 50 m zulässig</xplan:bauweiseText>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="Gml_F958B731-B824-5185-AF93-B48233C27C18">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360260.000 5649880.000</gml:lowerCorner>
          <gml:upperCorner>360310.000 5650000.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_DB38B3FA-F931-5EBC-8542-F1D0C7B657A4"/>
      <xplan:aufschrift>GE 2</xplan:aufschrift>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_E61B9C52-1185-57B0-A735-5303A5D5C575" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360310.000 5649880.000 360310.000 5650000.000 360260.000 5650000.000 360260.000 5649880.000 360310.000 5649880.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GFZ>1.6</xplan:GFZ>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:Z>3</xplan:Z>
      <xplan:allgArtDerBaulNutzung>3000</xplan:allgArtDerBaulNutzung>
      <xplan:besondereArtDerBaulNutzung>1700</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:bauweiseText>Wie offene Bauweise, Gebäudelängen über 50 m zulässig</xplan:bauweiseText>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="Gml_9EA6A618-28CE-56D2-B89B-2F4F36D6A526">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360260.000 5649840.000</gml:lowerCorner>
          <gml:upperCorner>360310.000 5649880.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_DB38B3FA-F931-5EBC-8542-F1D0C7B657A4"/>
      <xplan:aufschrift>SO Einzelhandel</xplan:aufschrift>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_75A2A075-0B2C-53BD-B49E-5CD204B86591" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360310.000 5649840.000 360310.000 5649880.000 360260.000 5649880.000 360260.000 5649840.000 360310.000 5649840.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GFZ>1.2</xplan:GFZ>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:Z>2</xplan:Z>
      <xplan:allgArtDerBaulNutzung>4000</xplan:allgArtDerBaulNutzung>
      <xplan:besondereArtDerBaulNutzung>2100</xplan:besondereArtDerBaulNutzung>
      <xplan:sondernutzung>
        <xplan:BP_KomplexeSondernutzung>
          <xplan:allgemein>1600</xplan:allgemein>
          <xplan:nutzungText>Großflächiger Einzelhandel, Verkaufsfläche höchstens 1.200 m²</xplan:nutzungText>
        </xplan:BP_KomplexeSondernutzung>
      </xplan:sondernutzung>
      <xplan:bauweise>1000</xplan:bauweise>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:SO_Strassenverkehr gml:id="Gml_96D3AF4B-C1B6-5DE2-A3BC-E12FD74B0248">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360250.000 5649840.000</gml:lowerCorner>
          <gml:upperCorner>360260.000 5650000.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_DB38B3FA-F931-5EBC-8542-F1D0C7B657A4"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_01E76D23-2046-5444-B6F7-06D0E44D2D56" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360260.000 5649840.000 360260.000 5650000.000 360250.000 5650000.000 360250.000 5649840.000 360260.000 5649840.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:name>Industriestraße</xplan:name>
      <xplan:nutzungsform>2000</xplan:nutzungsform>
      <xplan:hatDarstellungMitBesondZweckbest>false</xplan:hatDarstellungMitBesondZweckbest>
    </xplan:SO_Strassenverkehr>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="Gml_8AFBE9E7-3C58-5456-98BD-EEE48BF3E4AD">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360205.000 5649883.000</gml:lowerCorner>
          <gml:upperCorner>360247.000 5649957.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_DB38B3FA-F931-5EBC-8542-F1D0C7B657A4"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_83CF16CD-F082-5AD0-8659-1D20FE3833A5" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360247.000 5649883.000 360247.000 5649957.000 360205.000 5649957.000 360205.000 5649883.000 360247.000 5649883.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:Z>4</xplan:Z>
      <xplan:baugrenze xlink:href="#Gml_B58B6D7C-332E-519C-9A38-5521FC600FF7"/>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="Gml_4F22DC74-4D95-5756-94D5-BC56B2CD417A">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360205.000 5649963.000</gml:lowerCorner>
          <gml:upperCorner>360247.000 5649997.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_DB38B3FA-F931-5EBC-8542-F1D0C7B657A4"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_233B42F4-374C-5F0A-8190-C9664C7BE7FD" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360247.000 5649963.000 360247.000 5649997.000 360205.000 5649997.000 360205.000 5649963.000 360247.000 5649963.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:baugrenze xlink:href="#Gml_52C70FF6-FA2E-5976-A1B4-2694226A45BC"/>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="Gml_8329DCFA-B836-52C6-8872-7D0E32606129">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360263.000 5649963.000</gml:lowerCorner>
          <gml:upperCorner>360305.000 5649997.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_DB38B3FA-F931-5EBC-8542-F1D0C7B657A4"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_CC69EA7D-E84A-5368-B696-190661AE5259" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360305.000 5649963.000 360305.000 5649997.000 360263.000 5649997.000 360263.000 5649963.000 360305.000 5649963.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:baugrenze xlink:href="#Gml_892C6E7B-15D3-5015-9AD9-55F629E4394D"/>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="Gml_BC329E0D-1FA8-5F73-9E90-1C667F020BEC">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360263.000 5649923.000</gml:lowerCorner>
          <gml:upperCorner>360305.000 5649957.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_DB38B3FA-F931-5EBC-8542-F1D0C7B657A4"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_B483FEA0-F180-546A-918C-8AD9F9904F11" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360305.000 5649923.000 360305.000 5649957.000 360263.000 5649957.000 360263.000 5649923.000 360305.000 5649923.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:baugrenze xlink:href="#Gml_2455C91F-E7C3-5BEA-80C8-7FA825180F30"/>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="Gml_A1859251-2BA9-5849-A5E7-1C11CA6B31CB">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360263.000 5649883.000</gml:lowerCorner>
          <gml:upperCorner>360305.000 5649917.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_DB38B3FA-F931-5EBC-8542-F1D0C7B657A4"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_5A3D21FD-681D-5D64-A1F2-C787DF4FD9D7" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360305.000 5649883.000 360305.000 5649917.000 360263.000 5649917.000 360263.000 5649883.000 360305.000 5649883.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:baugrenze xlink:href="#Gml_BCA659C8-F881-5EC9-95B8-262098AFD2FE"/>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="Gml_93881325-8959-56E9-A500-1409BEAF424B">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360205.000 5649843.000</gml:lowerCorner>
          <gml:upperCorner>360247.000 5649877.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_DB38B3FA-F931-5EBC-8542-F1D0C7B657A4"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_0F1BD043-D4D6-5A47-ACA2-D581B5DCCCCB" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360247.000 5649843.000 360247.000 5649877.000 360205.000 5649877.000 360205.000 5649843.000 360247.000 5649843.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:baugrenze xlink:href="#Gml_FEBAB8E6-7991-5C7F-BB38-2C16D5027A10"/>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="Gml_2D1F9EF5-CE7A-52BE-978B-4CAA65EC6A10">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360263.000 5649843.000</gml:lowerCorner>
          <gml:upperCorner>360305.000 5649877.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_DB38B3FA-F931-5EBC-8542-F1D0C7B657A4"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_95CC1F40-47C3-564D-88FF-01522F601F0F" srsName="EPSG:25832">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>360305.000 5649843.000 360305.000 5649877.000 360263.000 5649877.000 360263.000 5649843.000 360305.000 5649843.000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:baugrenze xlink:href="#Gml_CAAB0B62-3A2E-552B-AFFB-112758117A63"/>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="Gml_B58B6D7C-332E-519C-9A38-5521FC600FF7">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360205.000 5649883.000</gml:lowerCorner>
          <gml:upperCorner>360247.000 5649957.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_DB38B3FA-F931-5EBC-8542-F1D0C7B657A4"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="Gml_F258CB5B-BDCA-57D5-8FE9-4212DE9CDE18" srsName="EPSG:25832">
          <gml:posList>360247.000 5649883.000 360247.000 5649957.000 360205.000 5649957.000 360205.000 5649883.000 360247.000 5649883.000</gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="Gml_52C70FF6-FA2E-5976-A1B4-2694226A45BC">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360205.000 5649963.000</gml:lowerCorner>
          <gml:upperCorner>360247.000 5649997.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_DB38B3FA-F931-5EBC-8542-F1D0C7B657A4"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="Gml_CE05EFB1-6016-51BA-807C-21858E1C274C" srsName="EPSG:25832">
          <gml:posList>360247.000 5649963.000 360247.000 5649997.000 360205.000 5649997.000 360205.000 5649963.000 360247.000 5649963.000</gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="Gml_892C6E7B-15D3-5015-9AD9-55F629E4394D">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360263.000 5649963.000</gml:lowerCorner>
          <gml:upperCorner>360305.000 5649997.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_DB38B3FA-F931-5EBC-8542-F1D0C7B657A4"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="Gml_0C410DE2-A91E-5964-B6AD-85FEE0395D06" srsName="EPSG:25832">
          <gml:posList>360305.000 5649963.000 360305.000 5649997.000 360263.000 5649997.000 360263.000 5649963.000 360305.000 5649963.000</gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="Gml_2455C91F-E7C3-5BEA-80C8-7FA825180F30">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360263.000 5649923.000</gml:lowerCorner>
          <gml:upperCorner>360305.000 5649957.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_DB38B3FA-F931-5EBC-8542-F1D0C7B657A4"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="Gml_8270A238-3393-57B1-A3AF-C179664F40D9" srsName="EPSG:25832">
          <gml:posList>360305.000 5649923.000 360305.000 5649957.000 360263.000 5649957.000 360263.000 5649923.000 360305.000 5649923.000</gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="Gml_BCA659C8-F881-5EC9-95B8-262098AFD2FE">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360263.000 5649883.000</gml:lowerCorner>
          <gml:upperCorner>360305.000 5649917.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_DB38B3FA-F931-5EBC-8542-F1D0C7B657A4"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="Gml_76DAD8A3-51DF-519A-AE36-2A8E0DE1F0C6" srsName="EPSG:25832">
          <gml:posList>360305.000 5649883.000 360305.000 5649917.000 360263.000 5649917.000 360263.000 5649883.000 360305.000 5649883.000</gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="Gml_FEBAB8E6-7991-5C7F-BB38-2C16D5027A10">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360205.000 5649843.000</gml:lowerCorner>
          <gml:upperCorner>360247.000 5649877.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_DB38B3FA-F931-5EBC-8542-F1D0C7B657A4"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="Gml_BE61253C-0D06-59EB-9958-9042C7471FB2" srsName="EPSG:25832">
          <gml:posList>360247.000 5649843.000 360247.000 5649877.000 360205.000 5649877.000 360205.000 5649843.000 360247.000 5649843.000</gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="Gml_CAAB0B62-3A2E-552B-AFFB-112758117A63">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>360263.000 5649843.000</gml:lowerCorner>
          <gml:upperCorner>360305.000 5649877.000</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#Gml_DB38B3FA-F931-5EBC-8542-F1D0C7B657A4"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="Gml_C9928303-5D76-5DC4-8AB7-643A0C9641F6" srsName="EPSG:25832">
          <gml:posList>360305.000 5649843.000 360305.000 5649877.000 360263.000 5649877.000 360263.000 5649843.000 360305.000 5649843.000</gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
</xplan:XPlanAuszug>
