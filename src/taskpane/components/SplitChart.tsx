import { tokens } from "@fluentui/react-components";
import type { DayPlan } from "../../core/targets";
import { yuan } from "../format";
import { useT } from "../i18n";

const W = 320;
const H = 150;
const PAD = { left: 4, right: 4, top: 18, bottom: 18 };

/**
 * The month's daily targets as bars (event and holiday days in the accent colour), a tick under each
 * Monday, and the largest day's amount. An SVG drawn here: no chart library for one small chart.
 */
export function SplitChart({ days, label }: { days: readonly DayPlan[]; label: string }) {
  const t = useT();
  if (days.length === 0) return null;
  const values = days.map((d) => d.target.toNumber());
  const top = Math.max(...values, 0) || 1;
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const slot = innerW / days.length;
  const barW = Math.max(1, slot * 0.72);
  const peak = days[values.indexOf(Math.max(...values))]!;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={label} data-testid="split-chart" style={{ display: "block", maxWidth: 480 }}>
      <title>{label}</title>
      <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} style={{ stroke: tokens.colorNeutralStroke1 }} strokeWidth={1} />
      <text x={PAD.left} y={12} fontSize={10} style={{ fill: tokens.colorNeutralForeground2 }}>
        {t("tp.chart.peak", { amount: yuan(peak.target), date: peak.date.slice(5) })}
      </text>
      {days.map((d, i) => {
        const h = (values[i]! / top) * innerH;
        const x = PAD.left + i * slot + (slot - barW) / 2;
        const special = d.event !== null || d.holiday !== null;
        return (
          <g key={d.date}>
            <rect
              x={x}
              y={H - PAD.bottom - h}
              width={barW}
              height={h}
              rx={1}
              style={{ fill: special ? tokens.colorPaletteMarigoldBorderActive : tokens.colorBrandBackground }}
            >
              <title>{`${d.date} ${yuan(d.target)}${d.event ? ` · ${d.event}` : ""}${d.holiday ? ` · ${d.holiday}` : ""}`}</title>
            </rect>
            {(d.weekday === 1 || (i === 0 && d.weekday <= 5)) && (
              <text x={PAD.left + i * slot + slot / 2} y={H - 5} fontSize={9} textAnchor="middle" style={{ fill: tokens.colorNeutralForeground3 }}>
                {Number(d.date.slice(8))}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
