-- Principals registered before registry.principals.v1 existed are announced once, through the
-- outbox, so that every consumer learns them. Each payload is the CloudEvent that Outbox and
-- EventCodec write for PrincipalRegistration.register (same attributes, in the same order).
insert into outbox_event (event_id, topic, message_key, type, payload, created_at)
select p.event_id, 'registry.principals.v1', p.org_number, 'se.kvalitet.registry.PrincipalRegistered',
       '{"specversion":"1.0","id":"' || p.event_id
           || '","source":"/kvalitet/provider-registry","type":"se.kvalitet.registry.PrincipalRegistered","subject":"'
           || p.org_number || '","time":"' || to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
           || '","datacontenttype":"application/json","data":{"orgNumber":' || to_json(p.org_number)
           || ',"name":' || to_json(p.name) || ',"kind":' || to_json(p.kind)
           || ',"homeMunicipalityCode":' || coalesce(to_json(p.home_municipality_code)::text, 'null') || '}}',
       now()
from (select gen_random_uuid() as event_id, cast(org_number as text) as org_number, name, kind,
             cast(home_municipality_code as text) as home_municipality_code
      from principal) p
order by p.org_number;
